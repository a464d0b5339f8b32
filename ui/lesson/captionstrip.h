#pragma once

#include <QWidget>

class QLabel;

// Presentation mode on one screen: a low strip at the bottom of the window
// with the stage's number, its title and the first sentence of its
// narration (summary()), and a hint that N shows the whole narration.
// Clicking the strip asks for the whole narration too (narrationRequested).
// Colours come from the palette; the text's pixel size is set from outside
// (setTextPixelSize: 28 px at 720 lines).
class CaptionStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptionStrip)

public:
    explicit CaptionStrip(QWidget *parent = nullptr);

    // Shows a stage: `position` ("12/36"), its title and the summary of
    // `narrationMarkdown` (the narration as rendered, placeholders filled).
    void setStage(const QString &position, const QString &title, const QString &narrationMarkdown);
    // The caption as plain text: position, title and summary.
    QString text() const;
    // The pixel size of every text in the strip (the hint's too).
    void setTextPixelSize(int pixels);
    int textPixelSize() const { return m_pixels; }

    // The first sentence of the narration's first paragraph of prose (code
    // blocks and headings skipped), as plain text; a sentence longer than
    // `maxChars` is cut at a word and ends in "…". "" for no prose.
    static QString summary(const QString &markdown, int maxChars = 170);

signals:
    // The strip was clicked: show the whole narration.
    void narrationRequested();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateFonts();

    QLabel *m_position = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_hint = nullptr;
    QString m_title;
    QString m_summary;
    int m_pixels = 28;
};
