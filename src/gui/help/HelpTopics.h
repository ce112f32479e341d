// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseStateMachine.h"

#include <QString>

class QWidget;

namespace portdesk {

// Which page of the guide (docs/guide, built in under :/help/guide) F1 opens:
// a page name with an optional #section, such as "file-a-port-in.md#btn".
// The whole mapping lives here, so that a test can walk it.
namespace HelpTopics {

// The guide's first page.
QString home();
// A case in the case view: its page depends on what the case waits for.
QString forCase(CaseKind kind, CaseState state);
// A page of the port-in wizard, by its objectName ("NumbersPage", ...).
QString forWizardPage(const QString &pageName);
// A dialog or window by its class name ("portdesk::SetFocDialog"); empty
// when it has no page of its own.
QString forClass(const QString &className);
// The window F1 was pressed in (the main window in its current view and
// case, the wizard on its current page, a dialog), else its parents'.
QString forWindow(const QWidget *window);

} // namespace HelpTopics

} // namespace portdesk
