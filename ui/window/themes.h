#pragma once

#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

// The app's colour themes, as QPalettes for the whole application:
// "system" (the style's own palette), "dark", and "high-contrast" (black,
// white and yellow, for projectors; with a style sheet that draws frames,
// scroll bars and check boxes in white). Widgets that paint themselves take
// their colours from the palette; states and layers also carry a label and
// a shape, so no theme relies on colour alone.
class Themes final
{
public:
    static QStringList names(); // system, dark, high-contrast
    // Applies one theme (unknown names mean "system") and remembers it
    // (QSettings view/theme).
    static void apply(const QString &name);
    // The remembered theme, "system" when none.
    static QString current();
    // Adds a "Theme" submenu of checkable entries to `menu`.
    static void addMenu(QMenu *menu);
};
