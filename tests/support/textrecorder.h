#pragma once

#include <QFontInfo>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QString>
#include <QTextItem>
#include <QWidget>

// Paints a widget into a device that keeps only its text: every text item
// the widget's paintEvent draws, with the font's size in pixels. Tests read
// what a painted widget shows (its strings whole or cut with "…", how big)
// without guessing from pixels.
class TextRecorder final : public QPaintDevice
{
public:
    struct Item
    {
        QString text;
        int pixelSize = 0;
    };

    // The text `widget` paints at its current size.
    static QList<Item> record(QWidget *widget)
    {
        TextRecorder recorder(widget->size());
        widget->render(&recorder, QPoint(), QRegion(), QWidget::DrawChildren);
        return recorder.m_engine.items;
    }

    QPaintEngine *paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return m_size.width() * 254 / 960;
        case PdmHeightMM:
            return m_size.height() * 254 / 960;
        case PdmNumColors:
            return 0x7fffffff;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    explicit TextRecorder(QSize size)
        : m_size(size)
    { }

    class Engine final : public QPaintEngine
    {
    public:
        Engine()
            : QPaintEngine(AllFeatures)
        { }
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override { }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
        void drawImage(
            const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override
        { }
        void drawPath(const QPainterPath &) override { }
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
        void drawRects(const QRectF *, int) override { }
        void drawLines(const QLineF *, int) override { }
        void drawEllipse(const QRectF &) override { }
        void drawTextItem(const QPointF &, const QTextItem &item) override
        {
            items.append({item.text(), QFontInfo(item.font()).pixelSize()});
        }
        Type type() const override { return User; }

        QList<Item> items;
    };

    QSize m_size;
    mutable Engine m_engine;
};
