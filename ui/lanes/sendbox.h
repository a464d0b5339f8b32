#pragma once

#include <QByteArray>
#include <QString>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

// The message to send: a multi-line editor with no length limit, the count
// of characters beside the count of bytes they become in UTF-8, and an
// "escapes" switch that turns \xNN, \0, \n, \r, \t and \\ into the bytes
// they name, so NUL and control bytes can be typed (case S15).
// It holds no buttons: the panel's send() and sendall() read bytes().
class SendBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendBox)

public:
    explicit SendBox(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    bool escapesEnabled() const;
    void setEscapesEnabled(bool on);

    // The bytes to send: the text in UTF-8, escapes decoded when enabled.
    // nullopt when an escape is malformed; *problem then says where and why.
    std::optional<QByteArray> bytes(QString *problem = nullptr) const;

    // Shows what the last send did, e.g. "send(): the kernel took 13 of 13 bytes".
    void showResult(const QString &text);
    QString resultText() const;
    QString countText() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshCount();
    void fitEditor();

    QPlainTextEdit *m_edit = nullptr;
    QCheckBox *m_escapes = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_result = nullptr;
};
