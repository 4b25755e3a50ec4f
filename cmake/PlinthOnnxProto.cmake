# Generates the ONNX protobuf classes at build time from the onnx.proto that the
# installed `onnx` Python package ships (no copy of the schema lives in this
# repository). Override with -DPLINTH_ONNX_PROTO=/path/to/onnx.proto.
find_package(Protobuf REQUIRED)
find_package(Python3 REQUIRED COMPONENTS Interpreter)

if(NOT PLINTH_ONNX_PROTO)
  execute_process(
    COMMAND ${Python3_EXECUTABLE} -c
      "import onnx, os; print(os.path.join(os.path.dirname(onnx.__file__), 'onnx.proto'))"
    OUTPUT_VARIABLE _plinth_onnx_proto
    OUTPUT_STRIP_TRAILING_WHITESPACE
    RESULT_VARIABLE _plinth_onnx_rc)
  if(NOT _plinth_onnx_rc EQUAL 0 OR NOT EXISTS "${_plinth_onnx_proto}")
    message(FATAL_ERROR "onnx.proto not found: install the `onnx` Python package "
                        "(scripts/setup.sh does) or pass -DPLINTH_ONNX_PROTO=")
  endif()
  set(PLINTH_ONNX_PROTO "${_plinth_onnx_proto}" CACHE FILEPATH "onnx.proto to generate from")
endif()
message(STATUS "Generating ONNX protobuf classes from ${PLINTH_ONNX_PROTO}")

set(PLINTH_ONNX_PROTO_OUT "${PROJECT_BINARY_DIR}/onnx")
file(MAKE_DIRECTORY "${PLINTH_ONNX_PROTO_OUT}")
get_filename_component(_plinth_onnx_proto_dir "${PLINTH_ONNX_PROTO}" DIRECTORY)
add_custom_command(
  OUTPUT "${PLINTH_ONNX_PROTO_OUT}/onnx.pb.cc" "${PLINTH_ONNX_PROTO_OUT}/onnx.pb.h"
  COMMAND protobuf::protoc --cpp_out=${PLINTH_ONNX_PROTO_OUT}
          --proto_path=${_plinth_onnx_proto_dir} ${PLINTH_ONNX_PROTO}
  DEPENDS "${PLINTH_ONNX_PROTO}"
  COMMENT "Generating ONNX protobuf classes")

add_library(PlinthOnnxProto STATIC "${PLINTH_ONNX_PROTO_OUT}/onnx.pb.cc")
set_target_properties(PlinthOnnxProto PROPERTIES POSITION_INDEPENDENT_CODE ON)
target_include_directories(PlinthOnnxProto SYSTEM PUBLIC "${PROJECT_BINARY_DIR}")
target_link_libraries(PlinthOnnxProto PUBLIC protobuf::libprotobuf)
# The generated code is not ours to warn about.
target_compile_options(PlinthOnnxProto PRIVATE -w)
