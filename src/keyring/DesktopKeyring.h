// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace portdesk {

// Installs the desktop keyring as a place for the person's store key
// (PersonalKey::setKeyring), when this session has one: a D-Bus session bus
// and PORTDESK_KEYRING not "off". Without it, the key lives in the key file
// or PORTDESK_STORE_KEY. Call once, before the first store is opened, on the
// main thread of a Q(Core)Application.
void installDesktopKeyring();

} // namespace portdesk
