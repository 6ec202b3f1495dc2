# Lints an OpenAPI description with Redocly CLI and fails on any error or warning.
# `redocly lint` exits non-zero only on errors, so this script reads the problem totals of its
# JSON report and prints the readable report when there is any problem.
#
#   cmake -DREDOCLY=<redocly bin> -DSPEC=<openapi.yaml> -DCONFIG=<redocly.yaml> -P LintOpenApi.cmake
cmake_minimum_required(VERSION 3.25)

foreach(variable REDOCLY SPEC CONFIG)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "LintOpenApi.cmake: -D${variable}=... is missing.")
    endif()
endforeach()

if(NOT EXISTS "${REDOCLY}")
    message(FATAL_ERROR
        "Redocly CLI is not installed (${REDOCLY} is missing). "
        "Run scripts/bootstrap to install the pinned npm tools in tools/npm.")
endif()

# Keep Redocly CLI from sending usage data and from looking up newer versions.
set(ENV{REDOCLY_TELEMETRY} "off")
set(ENV{REDOCLY_SUPPRESS_NOTIFICATIONS} "true")

set(lint_command "${REDOCLY}" lint "${SPEC}" --config "${CONFIG}" --lint-config error --max-problems 1000)

execute_process(
    COMMAND ${lint_command} --format json
    OUTPUT_VARIABLE report
    ERROR_VARIABLE lint_stderr
    RESULT_VARIABLE exit_status)

# The JSON report is on standard output; anything before its first brace is not part of it.
string(FIND "${report}" "{" json_start)
if(json_start LESS 0)
    message(FATAL_ERROR
        "redocly lint wrote no JSON report (exit status ${exit_status}). Output:\n${report}\n${lint_stderr}")
endif()
string(SUBSTRING "${report}" ${json_start} -1 report)

string(JSON error_count ERROR_VARIABLE json_error GET "${report}" totals errors)
if(NOT json_error)
    string(JSON warning_count ERROR_VARIABLE json_error GET "${report}" totals warnings)
endif()
if(NOT json_error)
    string(JSON ignored_count ERROR_VARIABLE json_error GET "${report}" totals ignored)
endif()
if(json_error)
    message(FATAL_ERROR "Cannot read the totals of the redocly lint report: ${json_error}\n${report}")
endif()

if(NOT exit_status EQUAL 0 OR error_count GREATER 0 OR warning_count GREATER 0)
    # The codeframe report lists the problems on standard output; standard error holds only
    # progress lines and Node.js notices.
    execute_process(COMMAND ${lint_command} --format codeframe OUTPUT_VARIABLE readable ERROR_QUIET)
    message(NOTICE "${readable}")
    message(FATAL_ERROR
        "redocly lint ${SPEC}: ${error_count} errors, ${warning_count} warnings (exit status ${exit_status}). "
        "Fix every problem; warnings fail this test too.")
endif()

message(STATUS "redocly lint ${SPEC}: 0 errors, 0 warnings, ${ignored_count} ignored.")
