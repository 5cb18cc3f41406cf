# Finds Debian's LLVM/MLIR 22 and loads the upstream CMake helpers
# (TableGen, AddLLVM, AddMLIR). See ../shared/notes/toolchain-facts.md.
set(LLVM_ROOT_HINT "/usr/lib/llvm-22")
find_package(MLIR REQUIRED CONFIG HINTS "${LLVM_ROOT_HINT}/lib/cmake/mlir")
message(STATUS "Using MLIRConfig.cmake in: ${MLIR_DIR}")
message(STATUS "Using LLVMConfig.cmake in: ${LLVM_DIR}")

set(LLVM_RUNTIME_OUTPUT_INTDIR ${CMAKE_BINARY_DIR}/bin)
set(LLVM_LIBRARY_OUTPUT_INTDIR ${CMAKE_BINARY_DIR}/lib)
set(MLIR_BINARY_DIR ${CMAKE_BINARY_DIR})

list(APPEND CMAKE_MODULE_PATH "${MLIR_CMAKE_DIR}")
list(APPEND CMAKE_MODULE_PATH "${LLVM_CMAKE_DIR}")
include(TableGen)
include(AddLLVM)
include(AddMLIR)
include(HandleLLVMOptions)

# Debian builds LLVM with RTTI on and exceptions off; we keep RTTI on
# everywhere (mixing breaks typeinfo) and enable exceptions only in the
# files that call libraries which throw (libonnx, CLI11).
set(LLVM_REQUIRES_RTTI ON)

include_directories(SYSTEM ${LLVM_INCLUDE_DIRS} ${MLIR_INCLUDE_DIRS})
separate_arguments(WEBNNC_LLVM_DEFINITIONS NATIVE_COMMAND "${LLVM_DEFINITIONS}")
add_definitions(${WEBNNC_LLVM_DEFINITIONS})

# Link everything against libMLIR.so: links take ~0.1 s and the one
# webnnc binary stays small. mlir_target_link_libraries honours this.
set(MLIR_LINK_MLIR_DYLIB ON)

add_compile_options(-Wall -Wextra -Wno-unused-parameter)

set(WEBNNC_SOURCE_DIR ${CMAKE_SOURCE_DIR})
set(WEBNNC_BINARY_DIR ${CMAKE_BINARY_DIR})

# webnnc_add_library(<name> <sources...> [DEPENDS <targets...>] [LINK <libs...>])
# A compiler library: links the MLIR/LLVM dylibs, sees the project's include
# folders, and waits for the TableGen targets named in DEPENDS.
function(webnnc_add_library name)
  cmake_parse_arguments(ARG "" "" "DEPENDS;LINK" ${ARGN})
  add_library(${name} STATIC ${ARG_UNPARSED_ARGUMENTS})
  if(ARG_DEPENDS)
    add_dependencies(${name} ${ARG_DEPENDS})
  endif()
  target_link_libraries(${name} PUBLIC ${ARG_LINK} MLIR LLVM)
endfunction()

include_directories(
  ${CMAKE_SOURCE_DIR}/dialects/webnn/include
  ${CMAKE_BINARY_DIR}/dialects/webnn/include
  ${CMAKE_SOURCE_DIR}/compiler/transforms/include
  ${CMAKE_BINARY_DIR}/compiler/transforms/include)
