// SPDX-License-Identifier: Apache-2.0
#include "AttachmentRules.h"

#include <QFileInfo>

namespace portdesk {

namespace {

enum class FileType { Unknown, Pdf, Png, Jpeg };

FileType typeOfContent(const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return FileType::Pdf;
    if (head.startsWith(QByteArray::fromRawData("\x89PNG\r\n\x1a\n", 8)))
        return FileType::Png;
    if (head.startsWith(QByteArray::fromRawData("\xff\xd8\xff", 3)))
        return FileType::Jpeg;
    return FileType::Unknown;
}

FileType typeOfName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return FileType::Pdf;
    if (suffix == QLatin1String("png"))
        return FileType::Png;
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return FileType::Jpeg;
    return FileType::Unknown;
}

QString typeName(FileType type)
{
    switch (type) {
    case FileType::Pdf:
        return QStringLiteral("PDF");
    case FileType::Png:
        return QStringLiteral("PNG");
    case FileType::Jpeg:
        return QStringLiteral("JPEG");
    case FileType::Unknown:
        break;
    }
    return QString();
}

QString mimeTypeOf(FileType type)
{
    switch (type) {
    case FileType::Pdf:
        return QStringLiteral("application/pdf");
    case FileType::Png:
        return QStringLiteral("image/png");
    case FileType::Jpeg:
        return QStringLiteral("image/jpeg");
    case FileType::Unknown:
        break;
    }
    return QString();
}

QString limitText()
{
    return AttachmentRules::tr("%1 MiB").arg(AttachmentRules::maxBytes / (1024 * 1024));
}

} // namespace

// Sizes in messages: the same text in every locale, binary units.
QString AttachmentRules::sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return AttachmentRules::tr("%n byte(s)", nullptr, int(bytes));
    if (bytes < 1024 * 1024)
        return AttachmentRules::tr("%1 KiB").arg(QString::number(double(bytes) / 1024.0, 'f', 1));
    return AttachmentRules::tr("%1 MiB").arg(
        QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

bool AttachmentRules::isPng(const QByteArray &head)
{
    return typeOfContent(head) == FileType::Png;
}

Violations AttachmentRules::check(
    const QString &fileName, qint64 size, const QByteArray &head, QString *mimeType)
{
    Violations out;
    const QString name = QFileInfo(fileName).fileName();
    const QString field = QStringLiteral("attachment");
    if (size <= 0) {
        out.append(Violation::error(field, "attachment.empty",
            tr("%1 is empty: attach a carrier invoice or customer service record that has "
               "content.")
                .arg(name)));
        return out;
    }
    if (size > maxBytes) {
        out.append(Violation::error(field, "attachment.too-large",
            tr("%1 is %2: attachments may be at most %3. Attach a smaller scan or only the "
               "pages that show the account.")
                .arg(name, sizeText(size), limitText())));
    }
    const FileType byName = typeOfName(name);
    const FileType byContent = typeOfContent(head);
    if (byContent == FileType::Unknown) {
        out.append(Violation::error(field, "attachment.type",
            tr("%1 is not a PDF, PNG or JPEG file (judged by its content): only these types "
               "can be attached.")
                .arg(name)));
    } else if (byName == FileType::Unknown) {
        out.append(Violation::error(field, "attachment.extension",
            tr("%1 holds a %2 but its name does not end in .pdf, .png, .jpg or .jpeg: rename "
               "it so that it opens with the right program.")
                .arg(name, typeName(byContent))));
    } else if (byName != byContent) {
        out.append(Violation::error(field, "attachment.mismatch",
            tr("%1 is named as a %2 file but its content is a %3: rename it to match.")
                .arg(name, typeName(byName), typeName(byContent))));
    }
    if (mimeType && !hasErrors(out))
        *mimeType = mimeTypeOf(byContent);
    return out;
}

} // namespace portdesk
