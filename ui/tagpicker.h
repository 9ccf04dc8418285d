// "t": pick a tag to add (with completion; a new name creates it); "Shift+T": pick one to remove.
#pragma once

#include <QDialog>

class QComboBox;

namespace Paperboy::Ui {

class TagPicker : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Remove };

    // choices: every tag (Add, offered for completion) or the selection's tags (Remove).
    TagPicker(Mode mode, const QStringList &choices, int paperCount, QWidget *parent = nullptr);

    QString tag() const;
    QComboBox *box() const { return m_box; }

private:
    QComboBox *m_box;
};

} // namespace Paperboy::Ui
