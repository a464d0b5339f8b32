#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTableWidget;
class WholeRowsBox;

// The constants explorer: the lesson's get_constants(prefix) on this
// platform. Type any prefix (AF_, SOCK_, IPPROTO_, SO_, MSG_...) or pick
// one; see every name with its value here, the Python dict the lesson's
// helper would print, and, for the selected name, how its value differs
// on other systems. Presented (setPresented), it suits a projected screen.
class ConstantsExplorer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConstantsExplorer)

public:
    explicit ConstantsExplorer(QWidget *parent = nullptr);

    QString prefix() const;
    // Rows shown in the table now.
    int rowCount() const;
    // Presentation's layout (default false): the table without its hex
    // column, the table and the printed dict showing whole rows only (they
    // scroll), a printed line too long for its half broken, not cut.
    void setPresented(bool presented);
    bool isPresented() const { return m_presented; }

public slots:
    void setPrefix(const QString &prefix);

protected:
    // A new font (presentation's larger type) sizes the table's columns
    // again, so no value is cut.
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitTable();
    void refresh();
    void selectionChanged();

    QLineEdit *m_prefix = nullptr;
    QLabel *m_status = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_python = nullptr;
    QLabel *m_note = nullptr;
    WholeRowsBox *m_tableBox = nullptr;
    WholeRowsBox *m_pythonBox = nullptr;
    bool m_presented = false;
};
