// SPDX-License-Identifier: Apache-2.0
#include "GuideBrowser.h"

#include <QImage>
#include <QTextBlock>
#include <QTextCursor>

namespace portdesk {

GuideBrowser::GuideBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("guideBrowser"));
    setOpenExternalLinks(true);
    document()->setDocumentMargin(12);
}

QString GuideBrowser::headingAnchor(const QString &heading)
{
    QString anchor;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            anchor += c;
        else if (c == u' ')
            anchor += u'-';
    }
    return anchor;
}

QStringList GuideBrowser::anchors() const
{
    QStringList names;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            names += headingAnchor(block.text());
    }
    return names;
}

QVariant GuideBrowser::loadResource(int type, const QUrl &name)
{
    const QVariant resource = QTextBrowser::loadResource(type, name);
    if (type != QTextDocument::ImageResource || resource.typeId() != QMetaType::QByteArray)
        return resource;
    QImage image;
    if (!image.loadFromData(resource.toByteArray()))
        return resource;
    if (image.width() > maxImageWidth)
        image = image.scaledToWidth(maxImageWidth, Qt::SmoothTransformation);
    return image;
}

void GuideBrowser::doSetSource(const QUrl &name, QTextDocument::ResourceType type)
{
    if (type == QTextDocument::UnknownResource && name.path().endsWith(QLatin1String(".md")))
        type = QTextDocument::MarkdownResource;
    QTextBrowser::doSetSource(name, type);
    addHeadingAnchors();
    if (name.hasFragment())
        scrollToAnchor(name.fragment());
}

// Markdown headings carry no anchor in a QTextDocument: give each the name
// GitHub gives it, so that the same links work on both.
void GuideBrowser::addHeadingAnchors()
{
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({headingAnchor(block.text())});
        cursor.mergeCharFormat(format);
    }
}

} // namespace portdesk
