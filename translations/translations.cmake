# The console's translations: weav-console_<lang>.ts per language, plus weav-console_en.ts, which
# holds only the plural forms of the English source texts. Included from ui/CMakeLists.txt, so that
# the compiled catalogues go into libweavui's resources under :/translations.
#
# `cmake --build <dir> --target update_translations` rescans core/, ui/ and app/ and merges new
# and changed source texts into the .ts files; texts that left the sources are dropped.

set(WEAV_TRANSLATION_LANGUAGES de es)
set(WEAV_TRANSLATIONS_DIR ${PROJECT_SOURCE_DIR}/translations)
set(WEAV_SCANNED_SOURCES ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/app)

set(WEAV_TS_FILES)
foreach(language IN LISTS WEAV_TRANSLATION_LANGUAGES)
    list(APPEND WEAV_TS_FILES ${WEAV_TRANSLATIONS_DIR}/weav-console_${language}.ts)
endforeach()
set(WEAV_PLURALS_TS_FILE ${WEAV_TRANSLATIONS_DIR}/weav-console_en.ts)

# -locations none keeps the files stable when code only moves between lines.
set(WEAV_LUPDATE_OPTIONS -locations none -recursive -extensions cpp,h)

add_custom_target(update_translations
    COMMAND Qt6::lupdate ${WEAV_LUPDATE_OPTIONS} -no-obsolete ${WEAV_SCANNED_SOURCES} -ts ${WEAV_TS_FILES}
    COMMAND Qt6::lupdate ${WEAV_LUPDATE_OPTIONS} -no-obsolete -pluralonly ${WEAV_SCANNED_SOURCES}
            -ts ${WEAV_PLURALS_TS_FILE}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Merging the source texts into translations/*.ts"
    VERBATIM)

qt_add_lrelease(weavui
    TS_FILES ${WEAV_TS_FILES} ${WEAV_PLURALS_TS_FILE}
    OPTIONS -silent
    QM_FILES_OUTPUT_VARIABLE WEAV_QM_FILES)

qt_add_resources(weavui weav_translations
    PREFIX /translations
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${WEAV_QM_FILES})
