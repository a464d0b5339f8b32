#include "ui/window/language.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
QString g_current = u"en"_s;
// The translators install() put in place, replaced by the next call.
QTranslator *g_own = nullptr;
QTranslator *g_qt = nullptr;
const auto g_settingsKey = u"view/language"_s;
} // namespace

QStringList Language::codes()
{
    return {u"en"_s, u"de"_s};
}

QString Language::nativeName(const QString &code)
{
    if (code == u"en")
        return u"English"_s;
    if (code == u"de")
        return u"Deutsch"_s;
    return code;
}

QString Language::remembered()
{
    const QString code = QSettings().value(g_settingsKey).toString();
    return codes().contains(code) ? code : QString();
}

void Language::remember(const QString &code)
{
    if (codes().contains(code))
        QSettings().setValue(g_settingsKey, code);
}

QString Language::systemDefault()
{
    // uiLanguages() lists "de-AT", "de", "en-US"... in the user's order.
    for (const QString &tag : QLocale::system().uiLanguages()) {
        const QString language = tag.section(u'-', 0, 0).toLower();
        if (codes().contains(language))
            return language;
    }
    return u"en"_s;
}

QString Language::startup(const QString &commandLine)
{
    if (codes().contains(commandLine))
        return commandLine;
    const QString chosen = remembered();
    return chosen.isEmpty() ? systemDefault() : chosen;
}

bool Language::install(const QString &code)
{
    const QString language = codes().contains(code) ? code : u"en"_s;
    g_current = language;
    const QLocale wanted(language);
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.language() == wanted.language() ? system : wanted);
    for (QTranslator **installed : {&g_own, &g_qt}) {
        if (*installed) {
            QCoreApplication::removeTranslator(*installed);
            delete *installed;
            *installed = nullptr;
        }
    }
    // English loads only its plural forms ("1 byte", "2 bytes").
    auto *own = new QTranslator(QCoreApplication::instance());
    const bool ownLoaded = own->load(u":/i18n/socketlab_"_s % language % u".qm"_s);
    if (ownLoaded) {
        QCoreApplication::installTranslator(own);
        g_own = own;
    } else {
        delete own;
    }
    if (language == u"en")
        return ownLoaded; // Qt's own strings are English already
    // Qt's own dialogs and context menus (Debian: qt6-translations-l10n).
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(wanted, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        delete qt;
    }
    return ownLoaded;
}

QString Language::current()
{
    return g_current;
}

QString Language::lessonDirectory(const QString &code)
{
    const QString translated = u":/lesson-"_s % code;
    if (code != u"en" && QFileInfo::exists(translated % u"/index.json"_s))
        return translated;
    return u":/lesson"_s;
}

QStringList Language::withoutLanguageOption(const QStringList &arguments)
{
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i > 0 && (argument == u"--lang" || argument == u"-lang")) {
            ++i; // and its value
            continue;
        }
        if (i > 0 && (argument.startsWith(u"--lang="_s) || argument.startsWith(u"-lang="_s)))
            continue;
        kept << argument;
    }
    return kept;
}

void Language::addMenu(QMenu *menu, QStatusBar *statusBar, const std::function<void()> &restart)
{
    QMenu *languages = menu->addMenu(QApplication::translate("Language", "&Language"));
    languages->setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(languages);

    // The inline note: the choice takes effect at the next start.
    auto *note = new QWidget(statusBar);
    note->setObjectName(u"languageNote"_s);
    auto *row = new QHBoxLayout(note);
    row->setContentsMargins(0, 0, 0, 0);
    auto *text = new QLabel(note);
    text->setObjectName(u"languageNoteText"_s);
    text->setTextFormat(Qt::PlainText);
    auto *now = new QPushButton(QApplication::translate("Language", "&Restart now"), note);
    now->setObjectName(u"languageRestart"_s);
    now->setAccessibleName(
        QApplication::translate("Language", "Restart SocketLab in the chosen language"));
    row->addWidget(text);
    row->addWidget(now);
    statusBar->addPermanentWidget(note);
    note->hide();
    QObject::connect(now, &QPushButton::clicked, note, [restart] { restart(); });

    const QString running = current();
    for (const QString &code : codes()) {
        QAction *action = languages->addAction(nativeName(code));
        action->setCheckable(true);
        action->setChecked(code == running);
        action->setObjectName(u"language-"_s % code);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, note, [code, running, note, text] {
            remember(code);
            if (code == running) {
                note->hide();
                return;
            }
            text->setText(QApplication::translate(
                "Language", "The language changes to %1 when SocketLab starts again.")
                              .arg(nativeName(code)));
            note->show();
        });
    }
}
