#pragma once

#include <QFont>
#include <QFontDatabase>
#include <QStringList>
#include <QWidget>

// The fixed-pitch families the app draws code, bytes and hex in: DejaVu
// Sans Mono first (scripts/bootstrap installs it, and its glyphs cover every
// mark the app draws), then the system's fixed-pitch family. A system whose
// "monospace" is another font (Noto Sans Mono, say) then still lays out the
// same lines at the same height.
inline QStringList fixedFamilies()
{
    QStringList families = QFontDatabase::systemFont(QFontDatabase::FixedFont).families();
    const QString dejavu = QStringLiteral("DejaVu Sans Mono");
    if (QFontDatabase::hasFamily(dejavu))
        families.prepend(dejavu);
    return families;
}

// Gives `widget` the fixed-pitch families while keeping the size it
// inherits, so the window's zoom (which changes the application font) still
// scales it.
inline void useFixedFont(QWidget *widget)
{
    QFont font;
    font.setFamilies(fixedFamilies());
    font.setStyleHint(QFont::Monospace);
    widget->setFont(font);
}
