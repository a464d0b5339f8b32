#include "ui/window/themes.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPalette>
#include <QSettings>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));
    p.setColor(QPalette::Mid, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

QPalette highContrastPalette()
{
    QPalette p;
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase,
             QPalette::Button, QPalette::ToolTipBase, QPalette::Dark, QPalette::Shadow})
        p.setColor(role, Qt::black);
    // Mid draws outlines (the diagrams' boxes and wire): white, like the text.
    for (QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
            QPalette::BrightText, QPalette::Light, QPalette::Midlight, QPalette::Mid})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Highlight, Qt::yellow);
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, Qt::yellow);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

// High contrast: Fusion draws frames, scroll bars and check boxes a shade
// darker than the window, which on black is black. White frames, white
// scroll-bar handles and white-edged check boxes (filled when checked)
// instead; combo boxes and spin boxes keep Fusion's own frame (a style sheet
// border would take their arrows away).
const char16_t *const highContrastSheet = uR"(
QLineEdit, QAbstractScrollArea { border: 1px solid white; }
QComboBox QLineEdit, QAbstractSpinBox QLineEdit { border: none; }
QScrollBar { background: black; border: 1px solid white; }
QScrollBar:vertical { width: 14px; }
QScrollBar:horizontal { height: 14px; }
QScrollBar::handle { background: white; border: none; }
QScrollBar::handle:vertical { min-height: 24px; }
QScrollBar::handle:horizontal { min-width: 24px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: black; }
QCheckBox::indicator, QRadioButton::indicator { width: 12px; height: 12px; border: 2px solid white; background: black; }
QRadioButton::indicator { border-radius: 8px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: white; }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: #a0a0a0; }
)";

} // namespace

QStringList Themes::names()
{
    return {u"system"_s, u"dark"_s, u"high-contrast"_s};
}

QString Themes::current()
{
    const QString name = QSettings().value(u"view/theme"_s, u"system"_s).toString();
    return names().contains(name) ? name : u"system"_s;
}

void Themes::apply(const QString &name)
{
    const QString theme = names().contains(name) ? name : u"system"_s;
    if (theme == u"dark")
        QApplication::setPalette(darkPalette());
    else if (theme == u"high-contrast")
        QApplication::setPalette(highContrastPalette());
    else
        QApplication::setPalette(QApplication::style()->standardPalette());
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        app->setStyleSheet(
            theme == u"high-contrast" ? QString::fromUtf16(highContrastSheet) : QString());
    QSettings().setValue(u"view/theme"_s, theme);
}

void Themes::addMenu(QMenu *menu)
{
    QMenu *themes = menu->addMenu(QApplication::translate("Themes", "&Theme"));
    auto *group = new QActionGroup(themes);
    const QStringList titles
        = {QApplication::translate("Themes", "&System"), QApplication::translate("Themes", "&Dark"),
            QApplication::translate("Themes", "&High contrast")};
    const QString chosen = current();
    for (int i = 0; i < names().size(); ++i) {
        const QString name = names().at(i);
        QAction *action = themes->addAction(titles.at(i), themes, [name] { apply(name); });
        action->setCheckable(true);
        action->setChecked(name == chosen);
        action->setObjectName(u"theme-"_s + name);
        group->addAction(action);
    }
}
