package corpus

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlText renders the text of an HTML tree as paragraphs separated by a
// blank line: block elements start a new paragraph, <br> a new line, and
// runs of white space inside text collapse as a browser shows them.
// Scripts, styles, forms and other non-text elements are left out.
func htmlText(n *html.Node) string {
	var w textWriter
	w.walk(n)
	w.endBlock()
	return strings.Join(w.paras, "\n\n")
}

// HTMLToText renders an HTML fragment (a feed item's content, say) as
// plain paragraphs, as htmlText does for a parsed tree. The result is
// always valid UTF-8.
func HTMLToText(fragment string) string {
	doc, err := html.Parse(strings.NewReader(strings.ToValidUTF8(fragment, "\uFFFD")))
	if err != nil {
		return ""
	}
	return htmlText(doc)
}

// textWriter collects paragraphs while walking an HTML tree.
type textWriter struct {
	paras []string
	cur   strings.Builder
	pre   int // depth inside <pre>, where white space is kept
}

// skipped elements hold no article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Math: true, atom.Head: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Input: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Video: true, atom.Audio: true,
}

// blocks are the elements that begin and end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
	atom.Aside: true, atom.Nav: true, atom.Main: true, atom.Figure: true,
	atom.Figcaption: true, atom.Hr: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Body: true, atom.Html: true,
}

func (w *textWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			w.cur.WriteByte('\n')
			return
		case atom.Td, atom.Th:
			w.text(" ")
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		w.endBlock()
	}
	if n.DataAtom == atom.Pre {
		w.pre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if n.DataAtom == atom.Pre {
		w.pre--
	}
	if block {
		w.endBlock()
	}
}

// text adds a text node, collapsing white space outside <pre>.
func (w *textWriter) text(s string) {
	if w.pre > 0 {
		w.cur.WriteString(s)
		return
	}
	for i, f := range strings.Fields(s) {
		if i > 0 || startsSpace(s) {
			w.space()
		}
		w.cur.WriteString(f)
	}
	if len(s) > 0 && isHTMLSpace(s[len(s)-1]) {
		w.space()
	}
}

// space adds one space unless the paragraph is empty or already ends in
// white space.
func (w *textWriter) space() {
	s := w.cur.String()
	if s == "" || isHTMLSpace(s[len(s)-1]) {
		return
	}
	w.cur.WriteByte(' ')
}

// endBlock ends the paragraph being written, if it holds any text.
func (w *textWriter) endBlock() {
	lines := strings.Split(w.cur.String(), "\n")
	w.cur.Reset()
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\r\f")
	}
	// Only <pre> text can start a line with spaces: they are its layout.
	p := strings.Trim(strings.Join(lines, "\n"), "\n")
	if strings.TrimSpace(p) != "" {
		w.paras = append(w.paras, p)
	}
}

func startsSpace(s string) bool { return len(s) > 0 && isHTMLSpace(s[0]) }

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'
}
