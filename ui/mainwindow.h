#pragma once

#include "callevent.h"
#include "explorerswidget.h"

#include <QMainWindow>

#include <optional>

class DiagramLink;
class ExplorerDock;
class LayerDiagram;
class QAction;
class QMenu;
class QSplitter;
class QTabWidget;
class TranscriptView;
class SocketPanel;
class Transcript;

// SocketLab's main window: the layer diagram slot (left), the server and
// client panels side by side, the transcript tabs below; menus for saving,
// explorers, zoom and presentation mode. Panels and views are their own
// classes; this window only arranges them and routes events.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Roles { Both, Server, Client };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    SocketPanel *serverPanel() const { return m_server; }
    SocketPanel *clientPanel() const { return m_client; }
    // Shows one panel or both (--role).
    void setRoles(Roles roles);
    // The endpoint both panels start with (--host, --port).
    void setDefaultEndpoint(const QString &host, const QString &port);
    // Puts the layer diagram (or any widget) into the diagram slot; the
    // window takes ownership.
    void setDiagramWidget(QWidget *widget);
    // Adds an explorer as a dock, toggled from View ▸ Explorers.
    void addExplorer(QWidget *explorer, const QString &title);
    // Font scale, 1.0 = the system's size; clamped to 0.5-4.0.
    double zoom() const { return m_zoom; }
    void setZoom(double factor);
    TranscriptView *transcriptTabs() const { return m_transcript; }
    Transcript *transcript() const { return m_transcriptData; }
    LayerDiagram *layerDiagram() const { return m_diagram; }
    ExplorerDock *explorerDock() const { return m_explorers; }
    // A lesson expectation subject: "server.state", "server.conn.raddr",
    // "client.laddr", "client.chunk[2]" ... (see SocketPanel::subject).
    // Fits Expectation::Lookup. nullopt for unknown subjects or no value.
    std::optional<QByteArray> lookupSubject(const QString &subject) const;
    // Shows the explorers dock on one explorer.
    void showExplorer(ExplorersWidget::Explorer which);
    // Records an event of a socket outside the panels (the lesson's crowd of
    // clients) as the panels' are: transcript, then callRecorded (--events).
    void recordOutsideEvent(const CallEvent &event) { recordEvent(event); }

signals:
    // Every CallEvent of every socket in the window, in order.
    void callRecorded(const CallEvent &event);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void recordEvent(const CallEvent &event);
    void saveTranscript();
    void saveEvents();
    void setPresentation(bool on);
    void about();

    SocketPanel *m_server = nullptr;
    SocketPanel *m_client = nullptr;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_horizontal = nullptr;
    QWidget *m_diagramSlot = nullptr;
    QWidget *m_serverArea = nullptr;
    QWidget *m_clientArea = nullptr;
    TranscriptView *m_transcript = nullptr;
    Transcript *m_transcriptData = nullptr;
    LayerDiagram *m_diagram = nullptr;
    DiagramLink *m_diagramLink = nullptr;
    ExplorerDock *m_explorers = nullptr;
    QMenu *m_explorersMenu = nullptr;
    QAction *m_presentation = nullptr;
    double m_zoom = 1.0;
    qreal m_basePointSize = 0;
};
