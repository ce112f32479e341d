// SPDX-License-Identifier: Apache-2.0
#include "HelpWindow.h"

#include "GuideBrowser.h"
#include "HelpTopics.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QStyle>
#include <QTextBlock>
#include <QToolBar>
#include <QVBoxLayout>

namespace portdesk {

namespace {

// F1 pressed while a modal dialog has the input.
class DialogHelpKey : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || key->key() != Qt::Key_F1 || key->modifiers() != Qt::NoModifier)
            return QObject::eventFilter(watched, event);
        HelpWindow::showTopic(modal, HelpTopics::forWindow(modal));
        return true;
    }
};

} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new GuideBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *tools = new QToolBar(this);
    QAction *back = tools->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"));
    back->setObjectName(QStringLiteral("helpBack"));
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    QAction *forward = tools->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"));
    forward->setObjectName(QStringLiteral("helpForward"));
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    QAction *home = tools->addAction(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Contents"));
    home->setObjectName(QStringLiteral("helpHome"));
    connect(back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(home, &QAction::triggered, this, [this] { open(HelpTopics::home()); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::updateTitle);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(tools);
    layout->addWidget(m_browser);
    resize(GuideBrowser::maxImageWidth + 140, 720);
    updateTitle();
}

QUrl HelpWindow::topicUrl(const QString &topic)
{
    return QUrl(QStringLiteral("qrc:/help/guide/")).resolved(QUrl(topic));
}

void HelpWindow::open(const QString &topic)
{
    m_browser->setSource(topicUrl(topic));
}

void HelpWindow::updateTitle()
{
    // The page's title is its first heading.
    QString page;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid() && page.isEmpty();
         block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            page = block.text();
    }
    setWindowTitle(page.isEmpty() ? tr("PortDesk guide") : tr("%1 — PortDesk guide").arg(page));
}

HelpWindow *HelpWindow::showTopic(QWidget *from, const QString &topic)
{
    QWidget *owner = QApplication::activeModalWidget();
    if (!owner) {
        owner = from ? from->window() : nullptr;
        while (owner && owner->parentWidget())
            owner = owner->parentWidget()->window();
    }
    HelpWindow *help = owner ? owner->findChild<HelpWindow *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!help)
        help = new HelpWindow(owner);
    help->open(topic);
    help->show();
    help->raise();
    help->activateWindow();
    return help;
}

void HelpWindow::installDialogKey()
{
    static const QString name = QStringLiteral("portdeskDialogHelpKey");
    if (qApp->findChild<QObject *>(name, Qt::FindDirectChildrenOnly))
        return;
    auto *key = new DialogHelpKey(qApp);
    key->setObjectName(name);
    qApp->installEventFilter(key);
}

} // namespace portdesk
