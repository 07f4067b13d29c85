package dev.bprop.cli.explain;

import java.util.Map;
import java.util.Set;

/**
 * The LaTeX math of the explanations in plain Unicode, for Markdown: {@code \Delta^{1} \odot g'(Z^{1})} becomes
 * {@code Δ^1 ⊙ g'(Z^1)}. It knows the small part of LaTeX that the explanations use, and refuses any other command,
 * so that a formula never loses a symbol silently.
 */
final class UnicodeMath {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("Delta", "Δ"), Map.entry("delta", "δ"),
            Map.entry("partial", "∂"), Map.entry("odot", "⊙"), Map.entry("sum", "Σ"), Map.entry("cdot", "·"),
            Map.entry("top", "ᵀ"), Map.entry("prime", "'"), Map.entry("dots", "…"), Map.entry("sigma", "σ"),
            Map.entry("nabla", "∇"), Map.entry("le", "≤"), Map.entry("ne", "≠"), Map.entry("in", "∈"),
            Map.entry("times", "×"), Map.entry("backslash", "\\"), Map.entry("quad", "  "), Map.entry("cos", "cos"),
            Map.entry("sin", "sin"), Map.entry("exp", "exp"), Map.entry("ln", "ln"), Map.entry("tanh", "tanh"),
            Map.entry("mid", "|"), Map.entry("left", ""), Map.entry("right", ""), Map.entry(",", " "),
            Map.entry(";", " "), Map.entry("{", "{"), Map.entry("}", "}"), Map.entry("_", "_"));
    /** Commands whose one argument is shown as it is. */
    private static final Set<String> PLAIN_ARGUMENT = Set.of("mathrm", "text", "operatorname", "mathbf", "boxed",
            "texttt");
    /** Operator names, which keep a space before an operand: cos w₁. */
    private static final Set<String> OPERATORS = Set.of("cos", "sin", "exp", "ln", "tanh", "sigma");
    /** Binary operators, which keep the spaces around them: a ⊙ b. */
    private static final Set<String> BINARY = Set.of("odot", "cdot", "times", "le", "ne", "in", "quad");
    private static final String MACRON = "\u0304";

    private final String latex;
    private int at;

    private UnicodeMath(String latex) {
        this.latex = latex;
    }

    /** {@code latex} (math mode) in Unicode. */
    static String of(String latex) {
        UnicodeMath parser = new UnicodeMath(latex);
        StringBuilder out = new StringBuilder();
        while (parser.at < latex.length()) {
            out.append(parser.item());
        }
        return out.toString();
    }

    /** One command, group, script or character. */
    private String item() {
        char c = latex.charAt(at++);
        return switch (c) {
            case '\\' -> command();
            case '{' -> group();
            case '^', '_' -> script(c);
            default -> Character.toString(c);
        };
    }

    private String command() {
        int start = at;
        while (at < latex.length() && Character.isLetter(latex.charAt(at))) {
            at++;
        }
        // As in TeX, spaces after a control word (\delta x) are skipped, those after a control symbol (\{ x) kept.
        boolean word = at > start;
        String name = word ? latex.substring(start, at) : latex.substring(at, ++at);
        if (word && !BINARY.contains(name)) {
            skipSpaces();
        }
        if (name.equals("bar")) {
            return argument() + MACRON;
        }
        if (PLAIN_ARGUMENT.contains(name)) {
            return argument();
        }
        String symbol = SYMBOLS.get(name);
        if (symbol == null) {
            throw new IllegalArgumentException("no Unicode form for \\" + name + " in " + latex);
        }
        boolean operandFollows = at < latex.length() && (Character.isLetter(latex.charAt(at)) || latex.charAt(at) == '\\');
        return OPERATORS.contains(name) && operandFollows ? symbol + " " : symbol;
    }

    /** The rest of a group after its opening brace, up to the matching closing brace. */
    private String group() {
        StringBuilder out = new StringBuilder();
        while (latex.charAt(at) != '}') {
            out.append(item());
        }
        at++;
        return out.toString();
    }

    /** The argument of a command or script: a group or one item; spaces before it are skipped. */
    private String argument() {
        skipSpaces();
        return item();
    }

    private void skipSpaces() {
        while (at < latex.length() && latex.charAt(at) == ' ') {
            at++;
        }
    }

    /** x^{l+1} as x^(l+1), x^{1} as x^1, (W)^{\top} as (W)ᵀ. */
    private String script(char kind) {
        String content = argument();
        if (kind == '^' && (content.equals("ᵀ") || content.equals("'"))) {
            return content;
        }
        boolean simple = content.codePoints().allMatch(Character::isLetterOrDigit) || content.length() == 1;
        return kind + (simple ? content : "(" + content + ")");
    }
}
