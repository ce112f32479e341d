// SPDX-License-Identifier: Apache-2.0
#include "PasteEdit.h"

#include <QMimeData>

namespace portdesk {

namespace {

// The end of the part starting at from: after linesPerPart line breaks.
qsizetype partEnd(const QString &text, qsizetype from, int lines)
{
    qsizetype at = from;
    for (int n = 0; n < lines; ++n) {
        at = text.indexOf(QLatin1Char('\n'), at);
        if (at < 0)
            return text.size();
        ++at;
    }
    return at;
}

} // namespace

PasteEdit::PasteEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    m_step.setSingleShot(true);
    m_step.setInterval(0);
    connect(&m_step, &QTimer::timeout, this, &PasteEdit::insertNextPart);
}

void PasteEdit::insertFromMimeData(const QMimeData *source)
{
    if (isReadOnly() || !source || !source->hasText()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    QString text = source->text();
    finishInsertion(); // a paste during a paste: the first one first
    if (partEnd(text, 0, linesPerPart) >= text.size()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    m_pending = text;
    m_pos = 0;
    m_cursor = textCursor();
    m_cursor.beginEditBlock();
    m_cursor.removeSelectedText();
    m_cursor.endEditBlock();
    insertNextPart();
}

void PasteEdit::finishInsertion()
{
    while (isInserting())
        insertNextPart();
}

void PasteEdit::insertNextPart()
{
    const qsizetype end = partEnd(m_pending, m_pos, linesPerPart);
    // One undo step for the whole paste.
    m_cursor.joinPreviousEditBlock();
    m_cursor.insertText(m_pending.mid(m_pos, end - m_pos));
    m_cursor.endEditBlock();
    m_pos = end;
    if (isInserting()) {
        m_step.start();
        return;
    }
    m_pending.clear();
    m_pos = 0;
    setTextCursor(m_cursor);
    ensureCursorVisible();
    Q_EMIT insertionFinished();
}

} // namespace portdesk
