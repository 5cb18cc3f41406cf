//===- Npy.h - NumPy .npy files -------------------------------*- C++ -*-===//
//
// Reads and writes the NumPy array format (versions 1.0-3.0, little-endian,
// C order), the input/output format of `webnnc run`. Plain C++, so the
// runtime's tools can share it.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_TOOLS_NPY_H
#define WEBNNC_TOOLS_NPY_H

#include <cstdint>
#include <string>
#include <vector>

namespace webnnc::npy {

struct Array {
  /// The NumPy dtype descriptor, e.g. "<f4", "<f2", "|u1", "<i8".
  std::string descr;
  std::vector<int64_t> shape;
  std::vector<char> data;
};

/// Parses a .npy file's bytes; on failure returns false and says why.
bool parse(const std::vector<char> &bytes, Array &array, std::string &error);
/// Reads a .npy file.
bool read(const std::string &path, Array &array, std::string &error);
/// The bytes of a version 1.0 .npy file.
std::vector<char> serialize(const Array &array);

/// NumPy descriptor <-> WebNN data type name ("float32", ...). int4/uint4
/// travel unpacked as int8/uint8.
std::string descrForDataType(const std::string &dataType);
std::string dataTypeForDescr(const std::string &descr);

} // namespace webnnc::npy

#endif // WEBNNC_TOOLS_NPY_H
