package corpus

import (
	"bufio"
	"bytes"
	"io"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readText reads a .txt or .md file holding one article. Its id is the
// file name; its title the first line when that reads like a headline,
// else the first sentence.
func (rd *reader) readText(br *bufio.Reader) {
	// One article is read whole; a file far larger than any article (a
	// whole corpus pasted into one .txt) is cut, so it cannot exhaust
	// memory or stall the index on one document.
	data, err := io.ReadAll(io.LimitReader(br, maxArticleBytes+1))
	if err != nil {
		rd.problem(0, "read error: "+readErr(err)+"; the text before it was loaded")
	}
	if len(data) > maxArticleBytes {
		data = []byte(cutText(string(data), maxArticleBytes))
		rd.problem(0, tooLong)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		rd.problem(0, "binary file (contains NUL bytes); skipped")
		return
	}
	data = rd.utf8Line(data, 1)
	content := strings.ReplaceAll(string(data), "\r\n", "\n")
	a := Article{ID: baseID(rd.name), File: rd.name}
	content = frontMatter(content, &a)
	if isMarkdown(rd.name) {
		content = stripMarkdown(content)
	}
	title, body := splitHeadline(content)
	a.Title = title
	a.Text = Clean(body)
	if a.Text == "" {
		if strings.TrimSpace(content) == "" {
			rd.problem(0, "empty file")
		} else {
			rd.problem(0, "no article text after cleaning; skipped")
		}
		return
	}
	finishArticle(&a)
	rd.emit(a)
}

// frontMatter reads a Markdown "---" block of "key: value" lines at the
// top of content into a and returns the content after it.
func frontMatter(content string, a *Article) string {
	if !strings.HasPrefix(content, "---\n") {
		return content
	}
	end := strings.Index(content[4:], "\n---")
	if end < 0 {
		return content
	}
	block := content[4 : 4+end]
	rest := content[4+end+4:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[i+1:]
	} else {
		rest = ""
	}
	for _, l := range strings.Split(block, "\n") {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		v = cleanLine(strings.Trim(strings.TrimSpace(v), `"'`))
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "id":
			a.ID = first(v, a.ID)
		case "title":
			a.Title = v
		case "source", "publication", "outlet":
			a.Source = v
		case "author":
			a.Author = v
		case "date":
			a.DateText = v
		case "url":
			a.URL = v
		}
	}
	return rest
}

// splitHeadline separates a leading headline line from the body. A
// headline repeated on the next non-blank line (scrapes often hold the
// page title and the article's h1) is dropped too. With no headline line
// the title is left empty, to be taken from the first sentence.
func splitHeadline(content string) (title, body string) {
	rest := content
	for {
		line, after, found := strings.Cut(rest, "\n")
		if strings.TrimSpace(line) != "" || !found {
			break
		}
		rest = after
	}
	line, after, _ := strings.Cut(rest, "\n")
	h := cleanLine(strings.TrimLeft(strings.TrimSpace(line), "# "))
	if !isHeadline(h) {
		return "", content
	}
	body = after
	// Drop the same headline repeated as the next non-blank line.
	next := strings.TrimLeft(body, " \t\n")
	l2, after2, _ := strings.Cut(next, "\n")
	if strings.EqualFold(cleanLine(strings.TrimLeft(l2, "# ")), h) {
		body = after2
	}
	return h, body
}

// isHeadline reports whether a line reads like a headline: short, no
// sentence-final period, starting with a letter, digit or quote.
func isHeadline(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 160 {
		return false
	}
	if n := len(strings.Fields(s)); n > 25 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, `"'’”)`))
	if last == '.' || last == ',' || last == ';' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(`"'“‘`, r)
}

// titleFromText makes a title from an article's first sentence, without
// its dateline, shortened at a word boundary when long.
func titleFromText(text string) string {
	para, _, _ := strings.Cut(text, "\n\n")
	para = strings.TrimSpace(para[datelineEnd(para):])
	s := firstSentence(para)
	const max = 150
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	cut := 0
	n := 0
	for i := range s {
		if n == max {
			break
		}
		if s[i] == ' ' {
			cut = i
		}
		n++
	}
	if cut == 0 {
		cut = len(string([]rune(s)[:max]))
	}
	return strings.TrimRight(s[:cut], " ,;:-–—") + "…"
}

// isMarkdown reports whether a file name is a Markdown file.
func isMarkdown(name string) bool {
	n := strings.TrimSuffix(strings.ToLower(name), ".gz")
	return strings.HasSuffix(n, ".md") || strings.HasSuffix(n, ".markdown")
}

var (
	mdHeading  = regexp.MustCompile(`(?m)^[ \t]{0,3}#{1,6}[ \t]+`)
	mdQuote    = regexp.MustCompile(`(?m)^[ \t]{0,3}>[ \t]?`)
	mdImage    = regexp.MustCompile(`!\[[^\]\n]*\]\([^)\n]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\]\n]+)\]\([^)\n]*\)`)
	mdEmphasis = regexp.MustCompile(`(\*\*|__)([^*_\n]+)(\*\*|__)`)
)

// stripMarkdown removes the Markdown syntax that would show as noise in an
// article: heading and quote markers, images, link targets and strong
// emphasis. Lists and paragraphs are left as they are.
func stripMarkdown(s string) string {
	s = mdHeading.ReplaceAllString(s, "")
	s = mdQuote.ReplaceAllString(s, "")
	s = mdImage.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1")
	return mdEmphasis.ReplaceAllString(s, "$2")
}
