// What Swift needs from ncursesw that it cannot import directly: the wide-character API
// (SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so it is switched on here), C globals that
// Swift 6 rejects as not concurrency-safe, and macros.
#ifndef ZHIBAN_CNCURSESW_SHIM_H
#define ZHIBAN_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <signal.h>
#include <wchar.h>
#include <ncurses.h>

static inline WINDOW *zb_stdscr(void) { return stdscr; }
static inline int zb_cols(void) { return COLS; }
static inline int zb_lines(void) { return LINES; }
static inline int zb_colors(void) { return COLORS; }
static inline int zb_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *zb_stdout(void) { return stdout; }
static inline FILE *zb_stdin(void) { return stdin; }
static inline attr_t zb_color_pair(short n) { return (attr_t)COLOR_PAIR(n); }
static inline const char *zb_codeset(void) { return nl_langinfo(CODESET); }

static const attr_t zb_a_normal = A_NORMAL;
static const attr_t zb_a_bold = A_BOLD;
static const attr_t zb_a_reverse = A_REVERSE;
static const attr_t zb_a_underline = A_UNDERLINE;
static const attr_t zb_a_dim = A_DIM;

static const int zb_key_f0 = KEY_F0;

/// Draws one character (a UTF-32 code point, plus combining marks) with attributes and a
/// colour pair at row y, column x.
static inline int zb_put_wide(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

#endif
