#include "ui/timeline/callbuttons.h"
#include "ui/timeline/transcriptview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/themes.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// The colour themes on real widgets, offscreen: the palette each one sets,
// the high-contrast frames (white on black, drawn where Fusion's would be
// black on black), the remembered choice and the View > Theme menu.
class TestThemes final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void highContrastFramesAreWhite();
    void themesAreRemembered();
    void menuAppliesTheme();
    void zoomWithHighContrast();
};

void TestThemes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestThemes::cleanup()
{
    Themes::apply(u"system"_s);
}

void TestThemes::highContrastFramesAreWhite()
{
    Themes::apply(u"high-contrast"_s);
    QCOMPARE(qApp->palette().color(QPalette::Window), QColor(Qt::black));
    QCOMPARE(qApp->palette().color(QPalette::Text), QColor(Qt::white));
    QCOMPARE(qApp->palette().color(QPalette::Mid), QColor(Qt::white));
    QLineEdit edit;
    edit.resize(200, 30);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    const QImage shot = edit.grab().toImage();
    // The frame's left edge, halfway down: white.
    QCOMPARE(QColor(shot.pixel(0, shot.height() / 2)).lightness(), 255);

    Themes::apply(u"system"_s);
    QVERIFY(qApp->styleSheet().isEmpty());
    QVERIFY(qApp->palette().color(QPalette::Window) != QColor(Qt::black));
}

void TestThemes::themesAreRemembered()
{
    QCOMPARE(Themes::names(), (QStringList {u"system"_s, u"dark"_s, u"high-contrast"_s}));
    for (const QString &name : Themes::names()) {
        Themes::apply(name);
        QCOMPARE(Themes::current(), name);
    }
    QCOMPARE(qApp->palette().color(QPalette::Window), QColor(Qt::black)); // high-contrast, the last
    Themes::apply(u"no-such-theme"_s);
    QCOMPARE(Themes::current(), u"system"_s);
}

void TestThemes::menuAppliesTheme()
{
    QMenu view;
    Themes::addMenu(&view);
    auto *dark = view.findChild<QAction *>(u"theme-dark"_s);
    auto *system = view.findChild<QAction *>(u"theme-system"_s);
    QVERIFY(dark && system);
    QVERIFY(system->isChecked());
    dark->trigger();
    QVERIFY(dark->isChecked());
    QVERIFY(!system->isChecked());
    QCOMPARE(Themes::current(), u"dark"_s);
    QVERIFY(qApp->palette().color(QPalette::Window).lightness() < 60);
}

// Zoom reaches every widget with the high-contrast style sheet too.
void TestThemes::zoomWithHighContrast()
{
    Themes::apply(u"high-contrast"_s);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QPushButton *bind
        = window.callButtons()->button(CallButtons::Lane::Server, CallButtons::Call::Bind);
    const double before = window.callButtons()->font().pointSizeF();
    window.setZoom(2.0);
    QTRY_COMPARE(window.callButtons()->font().pointSizeF(), 2.0 * before);
    QTRY_COMPARE(window.transcriptTabs()->font().pointSizeF(), 2.0 * before);
    QTRY_COMPARE(bind->font().pointSizeF(), 2.0 * before);
    window.setZoom(1.0);
}

QTEST_MAIN(TestThemes)
#include "tst_themes.moc"
