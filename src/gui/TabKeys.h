// SPDX-License-Identifier: Apache-2.0
#pragma once

class QTabWidget;

namespace portdesk {

// Ctrl+PgDn and Ctrl+PgUp move to the next and previous tab of `tabs`
// (wrapping around) while the focus is anywhere inside it, as in browsers
// and office programs; Ctrl+Tab and Ctrl+Shift+Tab do the same where the
// focused widget leaves them to the tab widget.
void installTabKeys(QTabWidget *tabs);

} // namespace portdesk
