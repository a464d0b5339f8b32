#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

// A layout that places items left to right and wraps onto the next line
// when the width runs out (after Qt's "Flow Layout" example), so a row of
// call buttons stays whole in a narrow panel at 1280×720 and large zoom.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = -1);
    ~FlowLayout() override;
    Q_DISABLE_COPY_MOVE(FlowLayout)

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;
    int spacingOrDefault() const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};
