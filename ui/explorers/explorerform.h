#pragma once

#include "core/platform/constants.h"
#include "ui/widgets/fixedfont.h"

#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

// Pieces the explorers' forms are built from.

// A read-only value: plain text (never rich text), wrapped, selectable.
inline QLabel *valueLabel(QWidget *parent, const QString &accessibleName, bool fixed = false)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    if (fixed)
        useFixedFont(label);
    // A few words wide at the least: a form puts it under its label (rows
    // that wrap) rather than squeeze it to nothing.
    label->setMinimumWidth(12 * label->fontMetrics().averageCharWidth());
    return label;
}

// A valueLabel that tests and the lesson find by its object name.
inline QLabel *namedValueLabel(
    QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    QLabel *label = valueLabel(parent, accessibleName);
    label->setObjectName(objectName);
    return label;
}

// A constant as the explorers show it: "AF_INET (2)", or just the number
// when this platform has no name for it under `prefix`.
inline QString constantText(int value, const QString &prefix)
{
    const QString name = Constants::name(value, prefix);
    return name.isEmpty() ? QString::number(value) : QStringLiteral("%1 (%2)").arg(name).arg(value);
}

// Adds the constant `name` to a combo box as "NAME (value)" with the value
// as item data; a name this platform lacks is left out.
inline void addConstantItem(QComboBox *combo, const QString &name)
{
    if (const auto value = Constants::value(name))
        combo->addItem(QStringLiteral("%1 (%2)").arg(name).arg(*value), int(*value));
}

// Fills `owner` with a frameless vertical scroll area and returns the layout
// of the page inside it (its widget is the layout's parentWidget()).
inline QVBoxLayout *scrollingPage(QWidget *owner)
{
    auto *outer = new QVBoxLayout(owner);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(owner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    return new QVBoxLayout(content);
}

// Takes `widget` out of the layout that holds it (its parent's), so that
// another layout can take it in (an explorer's presented arrangement).
inline void takeOutOfLayout(QWidget *widget)
{
    if (QWidget *parent = widget->parentWidget(); parent && parent->layout())
        parent->layout()->removeWidget(widget);
}

// An empty widget with a box layout of `direction` and no margins: a row or
// a column that an explorer's presented arrangement fills.
inline QWidget *arrangementBox(QWidget *parent, QBoxLayout::Direction direction)
{
    auto *box = new QWidget(parent);
    auto *layout = new QBoxLayout(direction, box);
    layout->setContentsMargins(0, 0, 0, 0);
    box->hide();
    return box;
}

// The box layout of an arrangementBox.
inline QBoxLayout *boxLayout(QWidget *box)
{
    return static_cast<QBoxLayout *>(box->layout());
}

// Shows a page's presented arrangement (its `boxes`, filled by the caller)
// or hides it; a presented page has no margins of its own (the screen's are
// enough around it).
inline void showArrangement(
    QVBoxLayout *page, std::initializer_list<QWidget *> boxes, bool presented)
{
    for (QWidget *box : boxes)
        box->setVisible(presented);
    if (presented)
        page->setContentsMargins(0, 0, 0, 0);
    else
        page->unsetContentsMargins();
}
