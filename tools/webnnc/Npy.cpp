//===- Npy.cpp - NumPy .npy files -----------------------------------------===//
#include "Npy.h"

#include <cstring>
#include <fstream>
#include <iterator>

namespace webnnc::npy {

static const char kMagic[] = "\x93NUMPY";

/// The value of `key` in the header dict, as written by NumPy:
/// {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }
static bool findValue(const std::string &header, const std::string &key,
                      std::string &value) {
  size_t at = header.find("'" + key + "'");
  if (at == std::string::npos)
    return false;
  size_t colon = header.find(':', at);
  if (colon == std::string::npos)
    return false;
  size_t start = header.find_first_not_of(' ', colon + 1);
  if (start == std::string::npos)
    return false;
  size_t end;
  if (header[start] == '(') {
    end = header.find(')', start);
    if (end == std::string::npos)
      return false;
    value = header.substr(start, end - start + 1);
  } else if (header[start] == '\'') {
    end = header.find('\'', start + 1);
    if (end == std::string::npos)
      return false;
    value = header.substr(start + 1, end - start - 1);
  } else {
    end = header.find_first_of(",}", start);
    value = header.substr(start, end - start);
  }
  return true;
}

static int64_t elementSize(const std::string &descr) {
  if (descr.size() < 3)
    return 0;
  return std::atoi(descr.c_str() + 2);
}

bool parse(const std::vector<char> &bytes, Array &array, std::string &error) {
  if (bytes.size() < 10 || std::memcmp(bytes.data(), kMagic, 6) != 0) {
    error = "not a .npy file (no \\x93NUMPY magic)";
    return false;
  }
  uint8_t major = static_cast<uint8_t>(bytes[6]);
  size_t headerLength, headerStart;
  if (major == 1) {
    headerLength = static_cast<uint8_t>(bytes[8]) |
                   (static_cast<uint8_t>(bytes[9]) << 8);
    headerStart = 10;
  } else if (major == 2 || major == 3) {
    if (bytes.size() < 12) {
      error = "truncated .npy header";
      return false;
    }
    headerLength = 0;
    for (int i = 0; i < 4; ++i)
      headerLength |= size_t(static_cast<uint8_t>(bytes[8 + i])) << (8 * i);
    headerStart = 12;
  } else {
    error = "unsupported .npy version " + std::to_string(major);
    return false;
  }
  if (headerStart + headerLength > bytes.size()) {
    error = "truncated .npy header";
    return false;
  }
  std::string header(bytes.data() + headerStart, headerLength);
  std::string fortran, shape;
  if (!findValue(header, "descr", array.descr) ||
      !findValue(header, "fortran_order", fortran) ||
      !findValue(header, "shape", shape)) {
    error = "malformed .npy header: " + header;
    return false;
  }
  if (fortran.find("True") != std::string::npos) {
    error = "Fortran-ordered arrays are not supported (save with C order)";
    return false;
  }
  if (!array.descr.empty() && array.descr[0] == '>' &&
      elementSize(array.descr) > 1) {
    error = "big-endian arrays are not supported";
    return false;
  }
  if (dataTypeForDescr(array.descr).empty()) {
    error = "unsupported dtype '" + array.descr + "'";
    return false;
  }
  array.shape.clear();
  int64_t count = 1;
  size_t position = 1;
  while (position < shape.size()) {
    size_t next = shape.find_first_of(",)", position);
    std::string item = shape.substr(position, next - position);
    if (item.find_first_not_of(' ') != std::string::npos) {
      int64_t dim = std::atoll(item.c_str());
      if (dim < 0) {
        error = "negative dimension in .npy shape";
        return false;
      }
      array.shape.push_back(dim);
      count *= dim;
    }
    position = next + 1;
  }
  size_t dataStart = headerStart + headerLength;
  size_t expected = static_cast<size_t>(count) * elementSize(array.descr);
  if (bytes.size() - dataStart != expected) {
    error = "the .npy data holds " + std::to_string(bytes.size() - dataStart) +
            " bytes but its shape needs " + std::to_string(expected);
    return false;
  }
  array.data.assign(bytes.begin() + dataStart, bytes.end());
  return true;
}

bool read(const std::string &path, Array &array, std::string &error) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    error = "cannot open '" + path + "'";
    return false;
  }
  std::vector<char> bytes((std::istreambuf_iterator<char>(file)),
                          std::istreambuf_iterator<char>());
  if (!parse(bytes, array, error)) {
    error = path + ": " + error;
    return false;
  }
  return true;
}

std::vector<char> serialize(const Array &array) {
  // Python tuple syntax: (), (N,), (A, B, ...).
  std::string shape = "(";
  for (size_t i = 0; i < array.shape.size(); ++i)
    shape += (i ? ", " : "") + std::to_string(array.shape[i]);
  shape += array.shape.size() == 1 ? ",)" : ")";
  std::string header = "{'descr': '" + array.descr +
                       "', 'fortran_order': False, 'shape': " + shape + ", }";
  // Pad so the data starts on a 64-byte boundary, ending with a newline.
  size_t total = 10 + header.size() + 1;
  header.append((64 - total % 64) % 64, ' ');
  header += '\n';
  std::vector<char> bytes(kMagic, kMagic + 6);
  bytes.push_back(1);
  bytes.push_back(0);
  bytes.push_back(static_cast<char>(header.size() & 0xff));
  bytes.push_back(static_cast<char>(header.size() >> 8));
  bytes.insert(bytes.end(), header.begin(), header.end());
  bytes.insert(bytes.end(), array.data.begin(), array.data.end());
  return bytes;
}

std::string descrForDataType(const std::string &dataType) {
  if (dataType == "float32")
    return "<f4";
  if (dataType == "float16")
    return "<f2";
  if (dataType == "int32")
    return "<i4";
  if (dataType == "uint32")
    return "<u4";
  if (dataType == "int64")
    return "<i8";
  if (dataType == "uint64")
    return "<u8";
  if (dataType == "int8" || dataType == "int4")
    return "|i1";
  if (dataType == "uint8" || dataType == "uint4")
    return "|u1";
  return "";
}

std::string dataTypeForDescr(const std::string &descr) {
  std::string normalized = descr;
  if (!normalized.empty() && normalized[0] == '=')
    normalized[0] = '<';
  if (normalized == "<f4")
    return "float32";
  if (normalized == "<f2")
    return "float16";
  if (normalized == "<i4")
    return "int32";
  if (normalized == "<u4")
    return "uint32";
  if (normalized == "<i8")
    return "int64";
  if (normalized == "<u8")
    return "uint64";
  if (normalized == "|i1" || normalized == "<i1")
    return "int8";
  if (normalized == "|u1" || normalized == "<u1" || normalized == "|b1")
    return "uint8";
  return "";
}

} // namespace webnnc::npy
