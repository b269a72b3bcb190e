package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"strconv"
	"testing"
)

// TestStanceCandidates checks that scoreRange skips no word it can act
// on: every string scoreRange compares w with, and every word of the
// lists it reads, is in stanceCandidates.
func TestStanceCandidates(t *testing.T) {
	f, err := parser.ParseFile(gotoken.NewFileSet(), "reactions_stance.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "scoreRange" {
			continue
		}
		found = true
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			be, ok := n.(*ast.BinaryExpr)
			if !ok || be.Op != gotoken.EQL && be.Op != gotoken.NEQ {
				return true
			}
			id, ok1 := be.X.(*ast.Ident)
			lit, ok2 := be.Y.(*ast.BasicLit)
			if ok1 && ok2 && id.Name == "w" && lit.Kind == gotoken.STRING {
				if w, _ := strconv.Unquote(lit.Value); !stanceCandidates[w] {
					t.Errorf("scoreRange compares w with %q, which stanceCandidates lacks", w)
				}
			}
			return true
		})
	}
	if !found {
		t.Fatal("no scoreRange in reactions_stance.go")
	}
	for _, m := range []map[string]bool{demandFrames, negatedDeny, denyWords, criticWords, supportWords} {
		for w := range m {
			if !stanceCandidates[w] {
				t.Errorf("stanceCandidates lacks %q", w)
			}
		}
	}
	for w := range reactVerbs {
		if !stanceCandidates[w] {
			t.Errorf("stanceCandidates lacks the response verb %q", w)
		}
	}
}
