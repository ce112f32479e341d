// SPDX-License-Identifier: Apache-2.0
#include "TextLimits.h"

#include <QCoreApplication>

namespace portdesk::textlimits {

qsizetype controlCharacterAt(QStringView text, bool multiLine)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (multiLine && (c == u'\n' || c == u'\r' || c == u'\t'))
            continue;
        // C0, DEL and C1: what no name, address or reason holds.
        if (c < 0x20 || (c >= 0x7f && c < 0xa0))
            return i;
    }
    return -1;
}

bool checkText(Violations &out, QStringView text, const QString &field, const QString &rule,
    const QString &label, int maxLength, bool multiLine)
{
    if (text.size() > maxLength) {
        out.append({ field, rule + QStringLiteral(".too-long"),
            QCoreApplication::translate("TextLimits",
                "%1 is %2 characters long: it may have at most %3.")
                .arg(label)
                .arg(text.size())
                .arg(maxLength),
            Violation::Severity::Error });
        return false;
    }
    const qsizetype at = controlCharacterAt(text, multiLine);
    if (at >= 0) {
        out.append({ field, rule + QStringLiteral(".control-character"),
            QCoreApplication::translate("TextLimits",
                "%1 holds a control character (U+%2) at position %3: remove it, and type or "
                "paste the text again.")
                .arg(label)
                .arg(QString::number(text.at(at).unicode(), 16).toUpper().rightJustified(4, u'0'))
                .arg(at + 1),
            Violation::Severity::Error });
        return false;
    }
    return true;
}

} // namespace portdesk::textlimits
