// SourcesDialog: the source table over Library's sources; AddSourceDialog: one new source.
#include "sourcesdialog.h"

#include "common/settings.h"
#include "library/library.h"
#include "network/secretstore.h"
#include "network/sourceurl.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Paperboy::Ui {

using Core::Settings;
using Core::Source;

namespace {

enum Column { EnabledColumn, NameColumn, KindColumn, UrlColumn, AuthColumn, RefreshedColumn, ColumnCount };

QString kindLabel(Source::Kind kind)
{
    return kind == Source::Kind::HuggingFace ? SourcesDialog::tr("Hugging Face daily papers") : SourcesDialog::tr("Digest feed");
}

QString authLabel(Source::Auth auth)
{
    switch (auth) {
    case Source::Auth::Bearer: return SourcesDialog::tr("Token (keychain)");
    case Source::Auth::Basic: return SourcesDialog::tr("User and password (keychain)");
    case Source::Auth::None: break;
    }
    return SourcesDialog::tr("None");
}

} // namespace

SourcesDialog::SourcesDialog(Core::Library *library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_secrets(new Core::SecretStore(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_days(new QSpinBox(this))
    , m_hours(new QSpinBox(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_refresh(new QPushButton(tr("Refresh &Now"), this))
{
    setWindowTitle(tr("Sources"));
    setObjectName(QStringLiteral("sourcesDialog"));
    resize(860, 420);

    m_table->setHorizontalHeaderLabels({tr("On"), tr("Name"), tr("Kind"), tr("URL"), tr("Sign-in"), tr("Last refresh")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Sources"));

    auto *hint = new QLabel(tr("A digest feed is a URL with {date} (e.g. https://example.org/digests/{date}.md), one with "
                               "{yyyy}, {mm} and {dd} (e.g. https://example.org/paper_logs/{yyyy}/{mm}/{dd}.md), or a page "
                               "listing YYYY-MM-DD.md files. Hugging Face daily papers add authors, abstracts and upvotes, "
                               "and the papers of days no digest covers yet. Tokens are kept in the system keychain only."),
                            this);
    hint->setWordWrap(true);

    m_days->setRange(1, Settings::MaxRefreshDays);
    m_days->setValue(Settings::instance().refreshDays());
    m_days->setSuffix(tr(" days"));
    m_hours->setRange(0, 24 * 7);
    m_hours->setValue(Settings::instance().autoRefreshHours());
    m_hours->setSpecialValueText(tr("never"));
    m_hours->setSuffix(tr(" hours"));
    auto *form = new QFormLayout;
    form->addRow(tr("Refresh &fetches the last:"), m_days);
    form->addRow(tr("Refresh on &start when older than:"), m_hours);
    connect(m_days, &QSpinBox::valueChanged, &Settings::instance(), &Settings::setRefreshDays);
    connect(m_hours, &QSpinBox::valueChanged, &Settings::instance(), &Settings::setAutoRefreshHours);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &SourcesDialog::addSource);
    connect(m_remove, &QPushButton::clicked, this, &SourcesDialog::removeCurrent);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        QStringList names;
        for (const QModelIndex &row : m_table->selectionModel()->selectedRows(NameColumn))
            names << row.data().toString();
        if (names.isEmpty())
            for (int r = 0; r < m_table->rowCount(); ++r)
                if (m_table->item(r, EnabledColumn)->checkState() == Qt::Checked)
                    names << m_table->item(r, NameColumn)->text();
        if (!names.isEmpty())
            Q_EMIT refreshRequested(names);
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading || item->column() != EnabledColumn)
            return;
        const QString name = m_table->item(item->row(), NameColumn)->text();
        if (const Core::Status s = m_library->network().setSourceEnabled(name, item->checkState() == Qt::Checked); !s) {
            QMessageBox::warning(this, windowTitle(), s.message());
            reload();
        }
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { m_remove->setEnabled(m_table->currentRow() >= 0); });
    reload();
}

void SourcesDialog::reload()
{
    m_loading = true;
    const QString current = m_table->currentRow() >= 0 ? m_table->item(m_table->currentRow(), NameColumn)->text() : QString();
    const QList<Source> sources = m_library->network().sources();
    m_table->setRowCount(int(sources.size()));
    for (int r = 0; r < sources.size(); ++r) {
        const Source &s = sources.at(r);
        auto *on = new QTableWidgetItem;
        on->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        on->setCheckState(s.enabled ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(r, EnabledColumn, on);
        m_table->setItem(r, NameColumn, new QTableWidgetItem(s.name));
        m_table->setItem(r, KindColumn, new QTableWidgetItem(kindLabel(s.kind)));
        m_table->setItem(r, UrlColumn, new QTableWidgetItem(s.url));
        m_table->setItem(r, AuthColumn,
                         new QTableWidgetItem(s.auth == Source::Auth::Basic ? authLabel(s.auth) + QStringLiteral(": ") + s.username : authLabel(s.auth)));
        m_table->setItem(r, RefreshedColumn,
                         new QTableWidgetItem(s.lastRefresh.isValid() ? QLocale().toString(s.lastRefresh.toLocalTime(), QLocale::ShortFormat) : tr("never")));
        if (s.name == current)
            m_table->selectRow(r);
    }
    m_table->resizeColumnToContents(EnabledColumn);
    m_remove->setEnabled(m_table->currentRow() >= 0);
    m_refresh->setEnabled(!sources.isEmpty());
    m_loading = false;
}

void SourcesDialog::addSource()
{
    AddSourceDialog dialog(m_library, m_secrets, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void SourcesDialog::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString name = m_table->item(row, NameColumn)->text();
    const auto answer = QMessageBox::question(
        this, tr("Remove Source"), tr("Remove the source “%1”? Digests and metadata it brought stay in the library; its token leaves the keychain.").arg(name));
    if (answer != QMessageBox::Yes)
        return;
    const auto source = m_library->network().source(name);
    if (const Core::Status s = m_library->network().removeSource(name); !s) {
        QMessageBox::warning(this, tr("Remove Source"), s.message());
        return;
    }
    if (source && source->auth != Source::Auth::None) {
        QPointer<SourcesDialog> self(this);
        m_secrets->remove(Core::SecretStore::keyForSource(name), [self, name](const Core::SecretResult &r) {
            if (!r.ok() && r.outcome != Core::SecretResult::Outcome::NotFound && self)
                QMessageBox::warning(self, tr("Remove Source"), tr("The token of “%1” could not be removed from the keychain: %2").arg(name, r.message));
        });
    }
    reload();
}

// --- AddSourceDialog ---------------------------------------------------------------------------

AddSourceDialog::AddSourceDialog(Core::Library *library, Core::SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_secrets(secrets)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Add Source"));
    setObjectName(QStringLiteral("addSourceDialog"));
    m_kind->addItem(SourcesDialog::tr("Digest feed"), int(Source::Kind::Digest));
    m_kind->addItem(SourcesDialog::tr("Hugging Face daily papers"), int(Source::Kind::HuggingFace));
    m_auth->addItem(SourcesDialog::tr("None"), int(Source::Auth::None));
    m_auth->addItem(tr("Bearer token"), int(Source::Auth::Bearer));
    m_auth->addItem(tr("User and password"), int(Source::Auth::Basic));
    m_token->setEchoMode(QLineEdit::Password);
    m_url->setMinimumWidth(420);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("sourceError"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Sign-in:"), m_auth);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Token or password:"), m_token);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddSourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AddSourceDialog::updateFields);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &AddSourceDialog::updateFields);
    updateFields();
}

void AddSourceDialog::updateFields()
{
    const bool hf = m_kind->currentData().toInt() == int(Source::Kind::HuggingFace);
    m_url->setPlaceholderText(hf ? QStringLiteral("https://huggingface.co") : QStringLiteral("https://example.org/digests/{date}.md"));
    if (hf && m_url->text().isEmpty())
        m_url->setText(QStringLiteral("https://huggingface.co"));
    else if (!hf && m_url->text() == QLatin1StringView("https://huggingface.co"))
        m_url->clear();
    const auto auth = Source::Auth(m_auth->currentData().toInt());
    m_user->setEnabled(auth == Source::Auth::Basic);
    m_token->setEnabled(auth != Source::Auth::None);
}

void AddSourceDialog::fail(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_ok->setEnabled(true);
}

void AddSourceDialog::accept()
{
    Source source;
    source.name = m_name->text().trimmed();
    source.kind = Source::Kind(m_kind->currentData().toInt());
    source.url = m_url->text().trimmed();
    source.auth = Source::Auth(m_auth->currentData().toInt());
    source.username = source.auth == Source::Auth::Basic ? m_user->text().trimmed() : QString();
    if (source.name.isEmpty())
        return fail(tr("Give the source a name."));
    if (m_library->network().source(source.name))
        return fail(tr("There is a source named “%1” already.").arg(source.name));
    if (const Core::Status s = Core::SourceUrl::normalize(source.kind, &source.url); !s)
        return fail(s.message());
    if (source.auth == Source::Auth::Basic && source.username.isEmpty())
        return fail(tr("Give the user name for the password."));
    if (source.auth != Source::Auth::None && m_token->text().isEmpty())
        return fail(tr("Give the token or password, or choose no sign-in."));

    const auto add = [this, source] {
        if (const Core::Status s = m_library->network().addSource(source); !s)
            return fail(s.message());
        QDialog::accept();
    };
    if (source.auth == Source::Auth::None)
        return add();
    // The secret goes to the keychain first: without a keychain the source is not added at all.
    m_ok->setEnabled(false);
    m_error->hide();
    const QByteArray secret = m_token->text().toUtf8();
    m_token->clear();
    QPointer<AddSourceDialog> self(this);
    m_secrets->write(Core::SecretStore::keyForSource(source.name), secret, [self, add](const Core::SecretResult &r) {
        if (!self)
            return;
        if (!r.ok())
            return self->fail(tr("The token was not stored and the source was not added: %1").arg(r.message));
        add();
    });
}

} // namespace Paperboy::Ui
