// ArxivId: the one normal form of an arXiv identifier, which names a paper everywhere.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Paperboy::Core {

// arXiv's two schemes, without the "arXiv:" prefix and without the version; anything else is refused.
//   "2505.16938"          -> 2505.16938      (YYMM.NNNNN since 2015, YYMM.NNNN from 0704 to 1412)
//   " arXiv:2505.16938v2" -> 2505.16938
//   "hep-th/9901001v1"    -> hep-th/9901001  (archive[.SUBJECT-CLASS]/YYMMNNN before April 2007)
//   "math.GT/0309136"     -> math.GT/0309136
//   "../../x", "a\nb", "=HYPERLINK(...)", "2505.169", "2513.00001" -> nullopt
class ArxivId
{
public:
    static std::optional<QString> normalized(QStringView text);
    static bool isValid(QStringView text) { return normalized(text).has_value(); }
};

} // namespace Paperboy::Core
