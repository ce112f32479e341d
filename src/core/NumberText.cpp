// SPDX-License-Identifier: Apache-2.0
#include "NumberText.h"

#include <QRegularExpression>

namespace portdesk::numbertext {

int digitCount(QStringView text)
{
    int n = 0;
    for (QChar c : text)
        if (c.isDigit())
            ++n;
    return n;
}

bool isCellSeparator(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\t')
        || c == QLatin1Char('|');
}

QStringList numberCells(const QString &fileText)
{
    static const QRegularExpression phoneLike(QStringLiteral("^[0-9+().\\-/\\s]+$"));
    QStringList out;
    const QStringList rows = fileText.split(QLatin1Char('\n'));
    for (const QString &row : rows) {
        // CSV cells, with "quoted, cells" kept whole.
        QStringList cells;
        QString cell;
        bool quoted = false;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QChar c = row.at(i);
            if (c == QLatin1Char('"')) {
                if (quoted && i + 1 < row.size() && row.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && isCellSeparator(c)) {
                cells.append(cell);
                cell.clear();
            } else {
                cell += c;
            }
        }
        cells.append(cell);
        for (const QString &raw : std::as_const(cells)) {
            const QString value = raw.trimmed();
            // Number-like: phone characters only, and enough digits for at
            // least a local number; headers, names and amounts stay out.
            if (value.isEmpty() || !phoneLike.match(value).hasMatch() || digitCount(value) < 7)
                continue;
            out.append(value);
        }
    }
    return out;
}

} // namespace portdesk::numbertext
