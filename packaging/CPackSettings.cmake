# The .deb: `./dev package` runs cpack with these settings on the release build.
set(CPACK_PACKAGE_NAME "paperboy")
set(CPACK_PACKAGE_VENDOR "The Paperboy developers")
set(CPACK_PACKAGE_CONTACT "The Paperboy developers <paperboy@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reader for daily AI-paper digests")
set(CPACK_PACKAGE_DESCRIPTION "Paperboy reads daily Markdown digests of AI papers into a searchable library.\nPapers can be tagged, annotated with notes and highlights, compared section by\nsection and exported as Markdown (Obsidian), HTML, PDF, BibTeX, JSON or CSV.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/paperboy/paperboy")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Libraries the binary links come from dpkg-shlibdeps; plugins Qt loads at run time do not show up
# there, so they are named: SQLite for QtSql, the xcb platform plugin and the cursor library it
# needs since Qt 6.5 (which qt6-qpa-plugins itself does not pull in), and the SVG icon engine
# (qt6-svg-plugins, which pulls in libqt6svg6) that draws the bundled action icons.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The digests are mostly Korean: without a Hangul font every summary is a row of boxes.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libxcb-cursor0, qt6-svg-plugins, fonts-noto-cjk | fonts-nanum | fonts-unfonts-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
