// SPDX-License-Identifier: Apache-2.0
#include "ReviewPage.h"
#include "gui/ToneWidgets.h"

#include "core/CustomerTime.h"

#include "models/CaseTerms.h"
#include "ui_ReviewPage.h"

#include "Dialogs.h"
#include "PortInWizard.h"
#include "SchedulePage.h"

#include "core/Secret.h"
#include "core/PhoneNumber.h"
#include "core/SupportRequestText.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include "LoaPrintPreview.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace portdesk {

namespace {

// A secret as Secret masks it; one not given says so.
QString masked(const Secret &secret)
{
    return secret.isEmpty() ? ReviewPage::tr("not given") : secret.masked();
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral(
        "<tr><td class=\"label\" style=\"padding-right:16px;\">%1</td><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString formatted(const QString &number)
{
    const NumberCheck check = PhoneNumbers::check(number);
    return check.ok ? PhoneNumbers::formatNational(check.e164) : number.trimmed();
}

// A long list stays readable (and a 20,000-number request quick to show):
// the first numbers, then how many more; the support request and the LOAs
// carry them all.
constexpr qsizetype kNumbersShown = 300;

} // namespace

ReviewPage::ReviewPage(PortInWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_ui(std::make_unique<Ui::ReviewPage>())
{
    m_ui->setupUi(this);
    setButtonText(QWizard::FinishButton, tr("&Submit"));

    // Beside Submit, in the wizard's own button row, shown on this page only.
    m_copyButton = new QPushButton(tr("&Copy as support request"), wizard);
    m_copyButton->setObjectName(QStringLiteral("copySupportRequestButton"));
    m_copyButton->setToolTip(tr("Copies the request as the console's support form wants it "
                                "(Category, Subject, Issue, Email) to the clipboard and saves it "
                                "to a text file."));
    m_copyButton->setAutoDefault(false);
    wizard->setButton(QWizard::CustomButton3, m_copyButton);
    m_copyButton->hide(); // until the wizard lays it out on this page
    connect(m_copyButton, &QPushButton::clicked, this, [this] { copySupportRequest(); });
    // The LOAs as the carriers will see them, before the case exists
    // (unsigned, "Draft, not yet submitted"): one job, every carrier group.
    m_previewButton = new QPushButton(tr("Preview &LOAs…"), wizard);
    m_previewButton->setObjectName(QStringLiteral("previewLoasButton"));
    m_previewButton->setToolTip(tr("Shows the Letter of Authorization of every carrier group as "
                                   "it will be printed, unsigned, with Print and page setup."));
    m_previewButton->setAutoDefault(false);
    wizard->setButton(QWizard::CustomButton2, m_previewButton);
    m_previewButton->hide();
    connect(m_previewButton, &QPushButton::clicked, this,
            [this] { LoaPrintPreview::openAll(this, m_wizard->request(), 0, {}); });
    connect(wizard, &QWizard::currentIdChanged, this, &ReviewPage::updateCopyButton);

    m_ui->submitMessage->hide();
    m_ui->copyStatusLabel->hide();
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::updateCopyButton(int currentId)
{
    m_wizard->setOption(QWizard::HaveCustomButton3, m_wizard->page(currentId) == this);
    m_wizard->setOption(QWizard::HaveCustomButton2, m_wizard->page(currentId) == this);
}

void ReviewPage::initializePage()
{
    m_ui->submitMessage->hide();
    m_ui->copyStatusLabel->hide();
    render(m_wizard->check());
}

void ReviewPage::cleanupPage()
{
    m_ui->submitMessage->clear();
    m_ui->copyStatusLabel->clear();
    QWizardPage::cleanupPage();
}

bool ReviewPage::validatePage()
{
    Violations violations;
    if (m_wizard->submit(&violations))
        return true;
    if (violations.isEmpty())
        violations.append({ QString(), QStringLiteral("store.unavailable"),
            tr("The store could not save the request. Nothing was submitted; try "
               "again in a moment.") });
    Violations errors;
    for (const Violation &v : violations)
        if (v.isError())
            errors.append(v);
    showViolations(tr("Submit was refused. Go Back and correct:"), errors);
    render(violations);
    return false;
}

QString ReviewPage::reviewText() const
{
    return m_ui->reviewBrowser->toPlainText();
}

QString ReviewPage::shownMessages() const
{
    return m_ui->submitMessage->text();
}

void ReviewPage::showViolations(const QString &intro, const Violations &violations)
{
    constexpr qsizetype shownAtMost = 20;
    QStringList lines { intro };
    for (qsizetype i = 0; i < violations.size() && i < shownAtMost; ++i) {
        const Violation &v = violations.at(i);
        const QString name = fieldName(v.field);
        lines << (name.isEmpty() ? QStringLiteral("• ") + v.message
                                 : tr("• %1: %2").arg(name, v.message));
    }
    if (violations.size() > shownAtMost)
        lines << tr("… and %1 more.").arg(violations.size() - shownAtMost);
    m_ui->submitMessage->setText(lines.join(QLatin1Char('\n')));
    tones::apply(m_ui->submitMessage, tones::Tone::Error);
    m_ui->submitMessage->setAccessibleDescription(m_ui->submitMessage->text());
    m_ui->submitMessage->show();
}

QString ReviewPage::fieldName(const QString &path)
{
    static const QRegularExpression groupPath(
        QStringLiteral("^carriers\\[(\\d+)\\](?:\\.(\\w+)(?:\\[(\\d+)\\]|\\.(\\w+))?)?$"));
    const auto top = [](const QString &name) -> QString {
        if (name == QLatin1String("productType"))
            return tr("Product type");
        if (name == QLatin1String("voiceConnector"))
            return tr("Voice Connector");
        if (name == QLatin1String("adminEmail"))
            return tr("Admin email");
        if (name == QLatin1String("requestedPortAt"))
            return tr("Requested date and time");
        if (name == QLatin1String("btnOption"))
            return tr("BTN option");
        if (name == QLatin1String("newBtn"))
            return tr("New BTN");
        if (name == QLatin1String("carriers"))
            return tr("Carrier groups");
        return {};
    };
    const QRegularExpressionMatch m = groupPath.match(path);
    if (!m.hasMatch())
        return top(path).isEmpty() ? path : top(path);
    const int group = m.captured(1).toInt() + 1;
    const QString member = m.captured(2);
    QString what;
    if (member.isEmpty())
        what = QString();
    else if (member == QLatin1String("carrier"))
        what = tr("current carrier");
    else if (member == QLatin1String("btn"))
        what = tr("Billing Telephone Number (BTN)");
    else if (member == QLatin1String("authorizingPerson"))
        what = tr("authorizing person");
    else if (member == QLatin1String("authorizingTitle"))
        what = tr("authorizing person's title");
    else if (member == QLatin1String("accountNumber"))
        what = tr("service account number");
    else if (member == QLatin1String("pin"))
        what = tr("service PIN");
    else if (member == QLatin1String("customerName"))
        what = tr("customer name");
    else if (member == QLatin1String("numbers"))
        what = m.captured(3).isEmpty() ? tr("numbers")
                                       : tr("number %1").arg(m.captured(3).toInt() + 1);
    else if (member == QLatin1String("serviceAddress")) {
        const QString part = m.captured(4);
        if (part == QLatin1String("street"))
            what = tr("service address street");
        else if (part == QLatin1String("city"))
            what = tr("service address city");
        else if (part == QLatin1String("state"))
            what = tr("service address state");
        else if (part == QLatin1String("zip"))
            what = tr("service address ZIP code");
        else
            what = tr("service address");
    } else
        what = member;
    return what.isEmpty() ? tr("Carrier group %1").arg(group)
                          : tr("Carrier group %1: %2").arg(group).arg(what);
}

void ReviewPage::render(const Violations &problems)
{
    const PortInRequest &r = m_wizard->request();
    const QLocale locale;
    const QSet<QString> ported = SupportRequestText::portedNumbers(r);
    const int total = int(r.allNumbers().size());
    QString html;
    // The colours that carry meaning, from the browser's palette (light or dark).
    const QPalette pal = m_ui->reviewBrowser->palette();
    html += QStringLiteral("<style>h3 { margin-top: 14px; margin-bottom: 4px; } "
                           "td { padding-bottom: 2px; vertical-align: top; } "
                           ".label, .note { %1 } .error { %2 } .warning { %3 }</style>")
                .arg(tones::css(tones::Tone::Muted, pal, QPalette::Base),
                    tones::css(tones::Tone::Error, pal, QPalette::Base),
                    tones::css(tones::Tone::Warning, pal, QPalette::Base));

    // What the checks say now, first, where it cannot be missed.
    Violations errors;
    Violations warnings;
    for (const Violation &v : problems)
        (v.isError() ? errors : warnings).append(v);
    if (!errors.isEmpty()) {
        html += QStringLiteral("<h3 class=\"error\">%1</h3><ul class=\"error\">")
                    .arg(esc(tr("To correct before Submit")));
        for (qsizetype i = 0; i < errors.size() && i < 50; ++i) {
            const Violation &v = errors.at(i);
            const QString name = fieldName(v.field);
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(name.isEmpty() ? v.message : tr("%1: %2").arg(name, v.message)));
        }
        if (errors.size() > 50)
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(tr("… and %1 more").arg(errors.size() - 50)));
        html += QStringLiteral("</ul>");
    }
    if (!warnings.isEmpty()) {
        html += QStringLiteral("<h3 class=\"warning\">%1</h3><ul class=\"warning\">")
                    .arg(esc(tr("Warnings")));
        for (const Violation &v : warnings)
            html += QStringLiteral("<li>%1</li>").arg(esc(v.message));
        html += QStringLiteral("</ul>");
    }

    // The request as a whole.
    html += QStringLiteral("<h3>%1</h3><table>").arg(esc(tr("Request")));
    html += row(tr("Product type"), esc(SupportRequestText::productTypeName(r.productType)));
    if (r.productType == ProductType::VoiceConnector)
        html += row(tr("Voice Connector"),
            esc(r.voiceConnector.isEmpty() ? tr("not chosen") : r.voiceConnector));
    html += row(tr("Numbers"),
        esc(r.carriers.size() == 1
                ? tr("%1 in 1 carrier group").arg(total)
                : tr("%1 in %2 carrier groups").arg(total).arg(r.carriers.size())));
    const QDateTime at = r.requestedPortAt;
    QString when = tr("not given");
    if (at.isValid()) {
        const QByteArray zoneId = customerTimeZoneId(r);
        QString zone = at.timeZoneAbbreviation();
        if (SchedulePage::portDateTime(at.date(), at.time(), zoneId) == at)
            zone = tr("%1, %2").arg(SchedulePage::zoneDisplayName(zoneId), zone);
        when = tr("%1, %2 (%3)")
                   .arg(locale.toString(at.date(), QStringLiteral("dddd d MMMM yyyy")),
                       at.toString(QStringLiteral("HH:mm")), zone);
    }
    html += row(tr("Requested date and time"), esc(when));
    html += row(tr("Admin email"), esc(r.adminEmail));
    html += row(tr("BTN"),
        esc(r.btnOption == BtnOption::None ? tr("The BTN is not being ported.")
                                           : btnOptionSentence(r.btnOption)));
    if (r.btnOption == BtnOption::Replace)
        html += row(tr("New BTN"), esc(formatted(r.newBtn)));
    html += QStringLiteral("</table>");

    // The LOAs: one per carrier group (the seed: a separate LOA for each carrier).
    html += QStringLiteral("<h3>%1</h3><ul>")
                .arg(esc(tr("Letters of Authorization that will be produced")));
    for (qsizetype i = 0; i < r.carriers.size(); ++i) {
        const CarrierGroup &g = r.carriers.at(i);
        const QString carrier = g.carrier.trimmed().isEmpty()
            ? tr("carrier not known (%1)").arg(g.customerName.trimmed())
            : g.carrier.trimmed();
        const QString count
            = g.numbers.size() == 1 ? tr("1 number") : tr("%1 numbers").arg(g.numbers.size());
        html += QStringLiteral("<li>%1</li>")
                    .arg(esc(tr("LOA %1: %2 — %3").arg(i + 1).arg(carrier, count)));
    }
    html += QStringLiteral("</ul><p class=\"note\">%1</p>")
                .arg(esc(
                    tr("Support asks for the LOAs once it has confirmed that the numbers can be "
                       "ported; each is signed by the authorizing person of its account.")));

    // One section per carrier group, in the seed's order of fields.
    for (qsizetype i = 0; i < r.carriers.size(); ++i) {
        const CarrierGroup &g = r.carriers.at(i);
        const QString carrier
            = g.carrier.trimmed().isEmpty() ? tr("carrier not known") : g.carrier.trimmed();
        html += QStringLiteral("<h3>%1</h3><table>")
                    .arg(esc(tr("Carrier group %1: %2 (LOA %1)").arg(i + 1).arg(carrier)));
        QStringList shown;
        for (qsizetype j = 0; j < g.numbers.size() && j < kNumbersShown; ++j)
            shown << formatted(g.numbers.at(j));
        QString list = esc(shown.join(QStringLiteral(", ")));
        if (g.numbers.size() > kNumbersShown)
            list += esc(tr(" … and %1 more").arg(g.numbers.size() - kNumbersShown));
        html += row(tr("Numbers (%1)").arg(g.numbers.size()), list);
        QString btn = esc(formatted(g.btn));
        if (SupportRequestText::isBtnPorted(r, i, ported))
            btn += esc(tr(" — being ported"));
        html += row(tr("Billing Telephone Number (BTN)"), btn);
        QString person = g.authorizingPerson.trimmed();
        if (!g.authorizingTitle.trimmed().isEmpty())
            person += QStringLiteral(", ") + g.authorizingTitle.trimmed();
        html += row(tr("Authorizing person"), esc(person));
        html += row(tr("Their phone and email"), esc(CaseTerms::contactText(g)));
        html += row(tr("Account type"), esc(CaseTerms::customerTypeLabel(g.customerType)));
        html += row(tr("Full or partial port"), esc(CaseTerms::portScopeText(g)));
        if (g.isTollFree())
            html += row(tr("RespOrg change"), esc(CaseTerms::respOrgText(g)));
        html += row(tr("Current carrier"), esc(carrier));
        html += row(tr("Service account number"), esc(masked(Secret::accountNumber(g.accountNumber))));
        html += row(tr("Service PIN"), esc(masked(Secret::pin(g.pin))));
        const ServiceAddress &a = g.serviceAddress;
        html += row(
            tr("Service address"), esc(tr("%1, %2, %3 %4").arg(a.street, a.city, a.state, a.zip)));
        html += row(tr("Customer name"), esc(g.customerName));
        html += QStringLiteral("</table>");
    }
    m_ui->reviewBrowser->setHtml(html);
}

bool ReviewPage::copySupportRequest()
{
    // Only a complete request goes to the console: the same checks as Submit.
    const Violations problems = m_wizard->check();
    if (hasErrors(problems)) {
        Violations errors;
        for (const Violation &v : problems)
            if (v.isError())
                errors.append(v);
        showViolations(tr("The request is not complete, so nothing was copied. Correct:"), errors);
        return false;
    }
    m_ui->submitMessage->hide();

    // The text carries the account number and PIN in clear: the console's
    // support form needs them (see SupportRequestText).
    const QString text = SupportRequestText::portIn(m_wizard->request());
    QGuiApplication::clipboard()->setText(text);

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Dialogs::saveFileName(this, tr("Save the support request"),
        QDir(folder.isEmpty() ? QDir::homePath() : folder)
            .filePath(QStringLiteral("port-in-support-request.txt")),
        tr("Text files (*.txt);;All files (*)"));
    QString status;
    bool ok = true;
    if (path.isEmpty()) {
        status = tr("Copied to the clipboard (not saved to a file). Paste it into the console's "
                    "support form.");
    } else {
        QSaveFile file(path);
        // It holds the PIN: readable by its owner only, before any byte lands.
        if (file.open(QIODevice::WriteOnly | QIODevice::Text)
            && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            && file.write(text.toUtf8()) >= 0 && file.commit()) {
            status = tr("Copied to the clipboard and saved to %1. Paste it into the console's "
                        "support form.")
                         .arg(QDir::toNativeSeparators(path));
        } else {
            ok = false;
            const QString reason = file.errorString();
            Dialogs::warning(this, tr("Support request not saved"),
                tr("Could not save %1: %2. The text is on the clipboard.")
                    .arg(QDir::toNativeSeparators(path), reason));
            status = tr("Copied to the clipboard; not saved to %1: %2.")
                         .arg(QDir::toNativeSeparators(path), reason);
        }
    }
    m_ui->copyStatusLabel->setText(status);
    tones::apply(m_ui->copyStatusLabel, ok ? tones::Tone::Success : tones::Tone::Error);
    m_ui->copyStatusLabel->show();
    return ok;
}

} // namespace portdesk
