# Fuzz targets (tests/fuzz/, docs/fuzzing.md). Each target is one *_fuzz.cpp that defines
# LLVMFuzzerTestOneInput, linked twice:
#   replay_<target>  in every build: replays the seed corpus and the regression cases (crashes
#                    found so far) as the CTest test fuzz_regressions_<target>;
#   fuzz_<target>    only with -DURKER_FUZZ=ON and clang: the libFuzzer binary that scripts/fuzz
#                    runs for a bounded time.
option(URKER_FUZZ "Build the libFuzzer targets (needs clang: CXX=clang++)" OFF)

set(URKER_FUZZ_DIR ${CMAKE_CURRENT_SOURCE_DIR}/tests/fuzz)
if(URKER_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "URKER_FUZZ needs clang (libFuzzer): configure with CXX=clang++")
  endif()
  # All of our code gets coverage feedback and the sanitizers; undefined behaviour aborts, so
  # libFuzzer sees it as a crash.
  target_compile_options(urker_sanitizers INTERFACE -fsanitize=fuzzer-no-link,address,undefined
    -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(urker_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

# target name -> the stage library it exercises
set(URKER_FUZZ_TARGETS front_matter csv markdown template spreadsheet attachment_text)
set(_fuzz_lib_front_matter urker_content)
set(_fuzz_lib_csv urker_core)
set(_fuzz_lib_markdown urker_markdown)
set(_fuzz_lib_template urker_template)
set(_fuzz_lib_spreadsheet urker_content)
set(_fuzz_lib_attachment_text urker_content)
# The URL policy is being written on another branch: its target appears when its header does.
if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/src/core/url.h)
  list(APPEND URKER_FUZZ_TARGETS url)
  set(_fuzz_lib_url urker_core)
endif()

add_custom_target(urker_fuzz_targets)
# The replay driver and each target's code are compiled once and linked into both programs.
add_library(urker_fuzz_replay_main OBJECT ${URKER_FUZZ_DIR}/replay_main.cpp)
target_link_libraries(urker_fuzz_replay_main PRIVATE nlohmann_json::nlohmann_json urker_warnings urker_sanitizers)
foreach(_t ${URKER_FUZZ_TARGETS})
  add_library(urker_fuzz_${_t} OBJECT ${URKER_FUZZ_DIR}/${_t}_fuzz.cpp)
  target_link_libraries(urker_fuzz_${_t} PUBLIC ${_fuzz_lib_${_t}} PRIVATE urker_warnings urker_sanitizers)
  add_executable(replay_${_t} $<TARGET_OBJECTS:urker_fuzz_replay_main>)
  target_link_libraries(replay_${_t} PRIVATE urker_fuzz_${_t} urker_sanitizers)
  add_dependencies(urker_fuzz_targets replay_${_t})
  add_test(NAME fuzz_regressions_${_t}
    COMMAND replay_${_t} ${URKER_FUZZ_DIR}/corpus/${_t} ${URKER_FUZZ_DIR}/regressions/${_t})
  set_tests_properties(fuzz_regressions_${_t} PROPERTIES LABELS fuzz TIMEOUT 300)
  if(URKER_FUZZ)
    add_executable(fuzz_${_t})
    target_link_libraries(fuzz_${_t} PRIVATE urker_fuzz_${_t} urker_sanitizers)
    target_link_options(fuzz_${_t} PRIVATE -fsanitize=fuzzer)
    add_dependencies(urker_fuzz_targets fuzz_${_t})
  endif()
endforeach()
