// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTextBrowser>

namespace portdesk {

// Shows the guide's Markdown pages as a browser does: relative links and
// images resolve inside the guide, a "#section" link scrolls to the heading
// whose GitHub-style anchor it names ("## Admin: correct and resubmit" is
// #admin-correct-and-resubmit), and screenshots are scaled to fit a page.
class GuideBrowser : public QTextBrowser {
    Q_OBJECT

public:
    explicit GuideBrowser(QWidget *parent = nullptr);

    // The anchor GitHub gives a heading: lower case, punctuation dropped,
    // spaces as hyphens.
    static QString headingAnchor(const QString &heading);
    // The anchors of the page shown (its headings').
    QStringList anchors() const;
    // Images wider than this are scaled down to it.
    static constexpr int maxImageWidth = 720;

    QVariant loadResource(int type, const QUrl &name) override;

protected:
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override;

private:
    void addHeadingAnchors();
};

} // namespace portdesk
