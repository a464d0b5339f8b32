#include "ui/timeline/transcriptview.h"

#include "ui/widgets/fixedfont.h"

#include "core/record/transcript.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

// A line cut to what a text view can lay out quickly.
QString shortened(const QString &line)
{
    if (line.size() <= TranscriptView::MaxLineLength)
        return line;
    return line.left(TranscriptView::MaxLineLength)
        + TranscriptView::tr(" … (%Ln more character(s); a saved file holds the whole line)",
            nullptr, int(line.size() - TranscriptView::MaxLineLength));
}

} // namespace

TranscriptView::TranscriptView(QWidget *parent)
    : QTabWidget(parent)
    , m_saveButton(new QToolButton(this))
    , m_batchTimer(new QTimer(this))
{
    const QString titles[4] = {tr("Server"), tr("Client"), tr("C"), tr("JSON")};
    const QString names[4]
        = {tr("Server transcript, IPython style"), tr("Client transcript, IPython style"),
            tr("The same calls in C"), tr("Every call as a JSON line")};
    for (int i = 0; i < 4; ++i) {
        auto *view = new QPlainTextEdit(this);
        view->setReadOnly(true);
        useFixedFont(view); // the family only: zoom still sizes it
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setMaximumBlockCount(MaxLines);
        view->setAccessibleName(names[i]);
        m_views[i] = view;
        addTab(view, titles[i]);
    }

    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(tr("Save the calls as a Python script or as JSON Lines"));
    m_saveButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_saveButton);
    menu->addAction(
        tr("Server side as a Python script…"), this, [this] { saveWithDialog(u"server"_s); });
    menu->addAction(
        tr("Client side as a Python script…"), this, [this] { saveWithDialog(u"client"_s); });
    menu->addAction(tr("Every event as JSON Lines…"), this, [this] { saveWithDialog(u"json"_s); });
    m_saveButton->setMenu(menu);
    setCornerWidget(m_saveButton, Qt::TopRightCorner);

    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(BatchIntervalMs);
    connect(m_batchTimer, &QTimer::timeout, this, [this] {
        // Keep rendering under a tenth of the time: a slow batch spaces the next ones out.
        QElapsedTimer took;
        took.start();
        renderTab(currentIndex());
        m_batchTimer->setInterval(
            int(qBound(qint64(BatchIntervalMs), 10 * took.elapsed(), qint64(1000))));
    });
    connect(this, &QTabWidget::currentChanged, this, &TranscriptView::renderTab);

    reset();
}

TranscriptView::~TranscriptView() = default;

void TranscriptView::setTranscript(Transcript *transcript)
{
    if (m_transcript)
        disconnect(m_transcript, nullptr, this, nullptr);
    m_transcript = transcript;
    reset();
    if (transcript) {
        connect(transcript, &Transcript::recorded, this, &TranscriptView::schedule);
        connect(transcript, &Transcript::cleared, this, &TranscriptView::reset);
        flush();
    }
}

QPlainTextEdit *TranscriptView::textView(Tab tab) const
{
    return m_views[tab];
}

QString TranscriptView::text(Tab tab) const
{
    return m_views[tab]->toPlainText();
}

void TranscriptView::reset()
{
    m_batchTimer->stop();
    for (QPlainTextEdit *view : m_views)
        view->clear();
    m_views[ServerTab]->appendPlainText(Transcript::ipythonPreamble());
    m_views[ClientTab]->appendPlainText(Transcript::ipythonPreamble());
    for (qint64 &shown : m_shown)
        shown = 0;
}

void TranscriptView::schedule()
{
    if (!m_batchTimer->isActive())
        m_batchTimer->start();
}

void TranscriptView::flush()
{
    m_batchTimer->stop();
    for (int tab = ServerTab; tab <= JsonTab; ++tab)
        renderTab(tab);
}

qint64 TranscriptView::recordedFor(int tab) const
{
    switch (tab) {
    case ServerTab:
        return m_transcript->recordedCount(CallEvent::Side::Server);
    case ClientTab:
        return m_transcript->recordedCount(CallEvent::Side::Client);
    default:
        return m_transcript->recordedCount();
    }
}

bool TranscriptView::shows(int tab, const CallEvent &event) const
{
    switch (tab) {
    case ServerTab:
        return event.side == CallEvent::Side::Server;
    case ClientTab:
        return event.side == CallEvent::Side::Client;
    default:
        return true;
    }
}

void TranscriptView::renderTab(int tab)
{
    if (!m_transcript)
        return;
    const qint64 recorded = recordedFor(tab);
    const qint64 fresh = recorded - m_shown[tab];
    if (fresh <= 0)
        return;
    m_shown[tab] = recorded;
    // The tab's newest calls, at most a batch of them: the entries are the
    // transcript's newest (both sides), so walk back from the end.
    QList<int> picked;
    for (int i = m_transcript->entryCount() - 1;
         i >= 0 && picked.size() < qMin<qint64>(fresh, MaxEventsPerBatch); --i) {
        if (shows(tab, m_transcript->entry(i).event))
            picked.prepend(i);
    }
    const qint64 skipped = fresh - picked.size();
    QPlainTextEdit *view = m_views[tab];
    if (skipped > 0) {
        const QString note = tr("… %L1 calls not shown here …").arg(skipped);
        view->appendPlainText((tab == JsonTab ? u"// "_s : u"# "_s) + note);
    }
    // One block of text per batch: far cheaper than one append per event.
    QString text;
    for (const int i : std::as_const(picked)) {
        const Transcript::Entry &entry = m_transcript->entry(i);
        QString line;
        switch (tab) {
        case ServerTab:
        case ClientTab:
            line = Transcript::ipythonBlock(entry);
            break;
        case CTab:
            line = Transcript::cCall(entry.event, entry.afterWaiting);
            break;
        default:
            line = Transcript::jsonLine(entry.event);
            break;
        }
        if (line.isEmpty())
            continue;
        if (!text.isEmpty())
            text += u'\n';
        text += shortened(line);
    }
    if (!text.isEmpty())
        view->appendPlainText(text);
    trimTab(tab);
}

void TranscriptView::trimTab(int tab)
{
    QTextDocument *document = m_views[tab]->document();
    const int excess = document->characterCount() - MaxCharacters;
    if (excess <= 0)
        return;
    // Whole lines from the top, up to the first one that brings the tab under the limit.
    QTextBlock block = document->firstBlock();
    int dropped = 0;
    while (block.isValid() && dropped < excess && block != document->lastBlock()) {
        dropped += block.length();
        block = block.next();
    }
    QTextCursor cursor(document);
    cursor.setPosition(0);
    cursor.setPosition(block.position(), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

bool TranscriptView::saveScript(CallEvent::Side side, const QString &path, QString *error) const
{
    if (!m_transcript) {
        if (error)
            *error = tr("There is no transcript to save.");
        return false;
    }
    return writeFile(path, m_transcript->pythonScript(side), error);
}

bool TranscriptView::saveJsonLines(const QString &path, QString *error) const
{
    if (!m_transcript) {
        if (error)
            *error = tr("There is no transcript to save.");
        return false;
    }
    return writeFile(path, m_transcript->jsonLines(), error);
}

void TranscriptView::saveWithDialog(const QString &what)
{
    const bool json = what == u"json";
    const QString path = QFileDialog::getSaveFileName(this,
        json ? tr("Save JSON Lines") : tr("Save the %1 side as Python").arg(what),
        json ? u"socketlab-events.jsonl"_s : u"socketlab-%1.py"_s.arg(what),
        json ? tr("JSON Lines (*.jsonl)") : tr("Python scripts (*.py)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = json
        ? saveJsonLines(path, &error)
        : saveScript(
            what == u"server" ? CallEvent::Side::Server : CallEvent::Side::Client, path, &error);
    if (!ok)
        m_saveButton->setToolTip(tr("Saving failed: %1").arg(error));
    else
        m_saveButton->setToolTip(tr("Saved to %1").arg(path));
}
