// SPDX-License-Identifier: Apache-2.0
#include "Secret.h"

namespace portdesk {

namespace {

// An account number shows its last two characters only when at least this
// many stay hidden: "12345" would give away most of a short one.
constexpr qsizetype kHiddenAtLeast = 3;
constexpr qsizetype kShownTail = 2;

} // namespace

QString Secret::dots()
{
    return QString(6, QChar(0x2022));
}

QString Secret::masked() const
{
    const QString value = m_value.trimmed();
    if (value.isEmpty())
        return {};
    if (!isReadable())
        return dots();
    if (m_kind == Kind::AccountNumber && value.size() >= kHiddenAtLeast + kShownTail)
        return dots() + value.right(kShownTail);
    return dots();
}

QString Secret::shown(bool reveal) const
{
    if (!reveal)
        return masked();
    return isReadable() ? m_value : unreadableText();
}

QString Secret::unreadableText()
{
    return tr("(cannot be read: this store's key is not available)");
}

} // namespace portdesk
