// Shift+H: a highlight's comment and colour.
#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace Paperboy::Ui {

class HighlightDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HighlightDialog(const QString &quote, QWidget *parent = nullptr);

    QString comment() const;
    QString color() const; // #rrggbb
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QComboBox *colorBox() const { return m_color; }

private:
    QPlainTextEdit *m_comment;
    QComboBox *m_color;
};

} // namespace Paperboy::Ui
