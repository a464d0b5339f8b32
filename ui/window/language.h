#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QMenu;
class QStatusBar;

// The language the UI speaks: English ("en", the sources' own) or German
// ("de", socketlab_de.qm compiled in under :/i18n, with Qt's own
// qtbase_de.qm from the system's Qt translations). At start-up the language
// comes from --lang, else the one chosen in View ▸ Language (QSettings
// view/language), else the system locale's UI languages; English when none
// of those is spoken. Numbers follow the language too (QLocale::setDefault):
// 10,485,760 in English, 10.485.760 in German.
class Language final
{
public:
    // The codes the UI speaks, English first: "en", "de".
    static QStringList codes();
    // A language's name in its own words ("English", "Deutsch"); the code
    // itself for an unknown one.
    static QString nativeName(const QString &code);
    // The remembered choice (QSettings view/language); empty when none or
    // when it is not a code of codes().
    static QString remembered();
    // Remembers `code` for the next start (ignored unless in codes()).
    static void remember(const QString &code);
    // The first language of codes() among the system locale's UI languages
    // (QLocale::system().uiLanguages()), "en" when none is.
    static QString systemDefault();
    // --lang if given, else remembered(), else systemDefault().
    static QString startup(const QString &commandLine);
    // Loads and installs the translators for `code` on the running
    // QCoreApplication (before any widget exists; a second call replaces
    // the first one's translators, for tests) and makes the
    // language's locale the default one for numbers: the system locale
    // when it has that language (de_AT keeps its own separators), otherwise
    // the language's main country (en_US, de_DE). False when a translation
    // the language needs could not be loaded (the UI then stays English).
    static bool install(const QString &code);
    // The code install() was last called with, "en" before.
    static QString current();
    // The lesson folder for `code`: ":/lesson-de" for German when that
    // resource exists (its index.json), otherwise the built-in ":/lesson".
    static QString lessonDirectory(const QString &code);
    // `arguments` (argv, the program first) without any --lang option, so
    // a restart takes the remembered choice: "--lang de", "--lang=de" and
    // "-lang de" are removed, everything else kept in order.
    static QStringList withoutLanguageOption(const QStringList &arguments);
    // Adds a "Language" submenu of checkable entries to `menu`. Choosing an
    // entry remembers it; the running window keeps its language, so
    // `statusBar` then shows, until the next choice, a line saying the
    // language changes when SocketLab starts again and a "Restart now"
    // button that calls `restart`.
    static void addMenu(QMenu *menu, QStatusBar *statusBar, const std::function<void()> &restart);
};
