#pragma once

#include <QFont>
#include <QFontDatabase>
#include <QWidget>

// Gives `widget` the system's fixed-pitch family while keeping the size it
// inherits, so the window's zoom (which changes the application font) still
// scales it.
inline void useFixedFont(QWidget *widget)
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont font;
    font.setFamilies(fixed.families());
    font.setStyleHint(QFont::Monospace);
    widget->setFont(font);
}
