#pragma once

#include "fixedfont.h"

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
    return label;
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
