// template_bench: renders a page-like template (a base layout with blocks, an imported macro
// file, an included partial, a loop over 20 cards with filters, dates and plurals) many times
// with one Engine and prints the time per render. Not built by CMake yet; compile it by hand:
//
//   g++ -std=c++20 -O2 -Isrc bench/template_bench.cpp BUILD/liburker_template.a BUILD/liburker_core.a
//       $(pkg-config --libs icu-i18n icu-uc) -lpthread -o template_bench
//   ./template_bench [renders=100000] [threads=1]
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "template/template.h"

using urker::Diagnostics;
using urker::tmpl::Engine;
using urker::tmpl::Locale;
using urker::tmpl::Value;

namespace {

const char* base_html = R"(<!doctype html>
<html lang="{{ lang }}">
<head><meta charset="utf-8"><title>{% block title %}{{ site.title }}{% endblock %}</title>
<meta name="description" content="{{ page.summary | default(site.description) | striptags | truncate(160) }}">
</head>
<body>
<header>{% include "partials/menu.html" %}</header>
<main>{% block content %}{% endblock %}</main>
<footer>© {{ site.year }} {{ site.title }} · {{ "made_with" | t }}</footer>
</body>
</html>
)";

const char* menu_html = R"(<nav><ul>{% for item in site.menu %}<li{% if item.url == page.section %} class="active"{% endif %}><a href="{{ item.url }}">{{ item.name }}</a></li>{% endfor %}</ul></nav>)";

const char* macros_html = R"({% macro card(p) -%}
<article class="card">
  <h3><a href="{{ p.url }}">{{ p.title }}</a></h3>
  <p class="meta">{{ p.author.name }} · <time datetime="{{ p.date | date('iso') }}">{{ p.date | date }}</time> · {{ p.files | length | plural("files") }}</p>
  <p>{{ p.summary | truncate(120) }}</p>
  {% if p.tags %}<ul class="tags">{% for t in p.tags %}<li>{{ t | lower }}</li>{% endfor %}</ul>{% endif %}
</article>
{%- endmacro %})";

const char* page_html = R"({% extends "base.html" %}
{% import "macros.html" as m %}
{% block title %}{{ page.title }} · {{ super() }}{% endblock %}
{% block content %}
<h1>{{ page.title | upper }}</h1>
<p>{{ pages | length | plural("materials") }}</p>
{% for p in pages | rejectattr("draft") | sort(attribute="date", reverse=true) %}
{{ m.card(p) }}
{% else %}<p>{{ "nothing" | t }}</p>{% endfor %}
{% endblock %}
)";

Value make_context() {
    Value pages = Value::array();
    for (int i = 0; i < 20; ++i) {
        pages.push_back({
            {"title", "Материал номер " + std::to_string(i) + " <о дробях>"},
            {"url", "/materials/m" + std::to_string(i) + "/"},
            {"date", "2026-0" + std::to_string(1 + i % 9) + "-" + std::to_string(10 + i % 18)},
            {"author", {{"name", "Ахметова Айгерим"}}},
            {"summary", "Разработка урока математики для 5 класса: обыкновенные дроби, сравнение и сложение дробей "
                        "с одинаковыми знаменателями, самостоятельная работа и рефлексия."},
            {"files", Value::array({"a.docx", "b.pdf"})},
            {"tags", Value::array({"Математика", "5 класс", "Дроби"})},
            {"draft", i % 7 == 0},
        });
    }
    Value menu = Value::array();
    for (const char* name : {"materials", "members", "schools", "events", "news", "plans"})
        menu.push_back({{"name", name}, {"url", std::string("/") + name + "/"}});
    return {
        {"lang", "ru"},
        {"site", {{"title", "Педагогическое сообщество"}, {"description", "Сетевое сообщество учителей"}, {"year", 2026}, {"menu", menu}}},
        {"page", {{"title", "Материалы"}, {"section", "/materials/"}, {"summary", nullptr}}},
        {"pages", pages},
    };
}

}  // namespace

int main(int argc, char** argv) {
    long renders = argc > 1 ? std::atol(argv[1]) : 100000;
    int threads = argc > 2 ? std::atoi(argv[2]) : 1;
    Engine engine;
    Diagnostics diags;
    engine.add_template("base.html", base_html, "base.html", diags);
    engine.add_template("partials/menu.html", menu_html, "partials/menu.html", diags);
    engine.add_template("macros.html", macros_html, "macros.html", diags);
    engine.add_template("page.html", page_html, "page.html", diags);
    engine.check_references(diags);
    if (diags.has_errors()) {
        for (const auto& d : diags.items()) std::fputs(urker::format_diagnostic(d).c_str(), stderr);
        return 1;
    }
    Value strings = {
        {"made_with", "Сделано на urker"},
        {"nothing", "Пока ничего нет"},
        {"files", {{"one", "{n} файл"}, {"few", "{n} файла"}, {"many", "{n} файлов"}, {"other", "{n} файла"}}},
        {"materials", {{"one", "{n} материал"}, {"few", "{n} материала"}, {"many", "{n} материалов"}, {"other", "{n} материала"}}},
    };
    Locale locale{"ru", &strings};
    Value context = make_context();

    auto first = engine.render("page.html", context, locale, diags);
    if (!first) {
        for (const auto& d : diags.items()) std::fputs(urker::format_diagnostic(d).c_str(), stderr);
        return 1;
    }
    std::size_t bytes = first->size();

    auto start = std::chrono::steady_clock::now();
    std::clock_t cpu_start = std::clock();  // CPU time too: the wall clock lies on a busy machine
    std::vector<std::thread> pool;
    std::vector<std::size_t> sizes(static_cast<std::size_t>(threads));
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            Diagnostics d;
            std::size_t total = 0;
            for (long i = t; i < renders; i += threads) total += engine.render("page.html", context, locale, d)->size();
            sizes[static_cast<std::size_t>(t)] = total;
        });
    }
    for (auto& th : pool) th.join();
    double ns = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start).count();
    double cpu_ns = static_cast<double>(std::clock() - cpu_start) * 1e9 / CLOCKS_PER_SEC;
    double n = static_cast<double>(renders);
    std::printf("%ld renders of a %zu-byte page on %d thread(s): %.0f ns/render wall (%.1f MB/s), %.0f ns/render CPU\n",
                renders, bytes, threads, ns / n, static_cast<double>(bytes) * n / ns * 1e3, cpu_ns / n);
    return 0;
}
