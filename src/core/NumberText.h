// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace portdesk::numbertext {

// The digits in text.
int digitCount(QStringView text);
// What separates numbers or cells on one line: comma, semicolon, tab, bar.
bool isCellSeparator(QChar c);
// The number-like cells of a CSV or TXT file's text: CSV cells (a "quoted,
// cell" kept whole, "" a quote inside it), trimmed, of phone characters only
// and with at least seven digits; headers, names and amounts stay out.
QStringList numberCells(const QString &fileText);

} // namespace portdesk::numbertext
