// Korean words without their particles and endings: 퀵스포머를, 퀵스포머의 → 퀵스포머. Rising topics
// count words so; For you shows its reasons so.
#pragma once

#include <QChar>
#include <QStringView>

namespace Paperboy::Core::KoreanWord {

// A precomposed Hangul syllable (U+AC00–U+D7A3).
inline bool isHangul(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

// A run of Hangul syllables with one ending and then one particle taken off ("모델에서는" → 모델에서
// → 모델), longest first, only when two syllables or more remain.
QStringView stem(QStringView run);

} // namespace Paperboy::Core::KoreanWord
