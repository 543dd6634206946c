"""Every rule id of the catalog and the check that implements it (ids are stable: CLI and packet use them)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from parole_desktop.domain.models import Finding
from parole_desktop.rules import checks_exhibits as x
from parole_desktop.rules import checks_file as f
from parole_desktop.rules import checks_people as p
from parole_desktop.rules import checks_reparole as rp
from parole_desktop.rules import checks_request as r
from parole_desktop.rules.context import Eval

Check = Callable[[Eval], Iterator[Finding]]

RULES: dict[str, Check] = {
    "HP-ID-01": p.hp_id_01,
    "HP-ID-02": p.hp_id_02,
    "HP-ID-03": p.hp_id_03,
    "HP-ID-04": p.hp_id_04,
    "HP-ID-05": p.hp_id_05,
    "HP-ID-06": p.hp_id_06,
    "HP-ID-07": p.hp_id_07,
    "HP-ID-08": p.hp_id_08,
    "HP-ID-09": p.hp_id_09,
    "HP-ID-10": p.hp_id_10,
    "HP-ADR-01": p.hp_adr_01,
    "HP-ADR-02": p.hp_adr_02,
    "HP-ID-12": p.hp_id_12,
    "HP-ID-13": f.hp_id_13,
    "HP-LOC-01": p.hp_loc_01,
    "HP-LOC-02": p.hp_loc_02,
    "HP-LOC-03": p.hp_loc_03,
    "HP-MIN-01": p.hp_min_01,
    "HP-RSN-01": r.hp_rsn_01,
    "HP-RSN-02": r.hp_rsn_02,
    "HP-RSN-03": r.hp_rsn_03,
    "HP-RSN-04": r.hp_rsn_04,
    "HP-RSN-05": r.hp_rsn_05,
    "HP-RSN-06": r.hp_rsn_06,
    "HP-RSN-07": r.hp_rsn_07,
    "HP-RSN-08": r.hp_rsn_08,
    "HP-LTR-01": r.hp_ltr_01,
    "HP-RTE-01": r.hp_rte_01,
    "HP-DUR-01": r.hp_dur_01,
    "HP-DUR-02": r.hp_dur_02,
    "HP-FIN-01": r.hp_fin_01,
    "HP-FIN-02": r.hp_fin_02,
    "HP-FIN-03": r.hp_fin_03,
    "HP-FEE-01": r.hp_fee_01,
    "HP-FEE-02": r.hp_fee_02,
    "HP-FEE-03": r.hp_fee_03,
    "HP-FEE-04": r.hp_fee_04,
    "HP-FEE-05": r.hp_fee_05,
    "HP-PAY-01": r.hp_pay_01,
    "HP-PAY-02": r.hp_pay_02,
    "HP-PAY-03": r.hp_pay_03,
    "HP-EVD-01": f.hp_evd_01,
    "HP-EVD-02": f.hp_evd_02,
    "HP-EVD-03": f.hp_evd_03,
    "HP-EVD-04": x.hp_evd_04,
    "HP-EVD-05": f.hp_evd_05,
    "HP-BG-01": f.hp_bg_01,
    "HP-BG-02": f.hp_bg_02,
    "HP-BG-03": f.hp_bg_03,
    "HP-BG-04": f.hp_bg_04,
    "HP-SIG-01": p.hp_sig_01,
    "HP-SIG-02": p.hp_sig_02,
    "HP-REP-01": p.hp_rep_01,
    "HP-REQ-01": p.hp_req_01,
    "HP-REQ-02": p.hp_req_02,
    "HP-REQ-03": r.hp_req_03,
    "HP-FAM-01": p.hp_fam_01,
    "HP-FAM-02": p.hp_fam_02,
    "HP-PRG-01": r.hp_prg_01,
    "HP-PRG-02": r.hp_prg_02,
    "HP-PRG-03": r.hp_prg_03,
    "HP-RPL-01": rp.hp_rpl_01,
    "HP-RPL-02": rp.hp_rpl_02,
    "HP-RPL-03": rp.hp_rpl_03,
    "HP-RPL-04": rp.hp_rpl_04,
    "HP-RPL-05": rp.hp_rpl_05,
    "HP-RPL-06": rp.hp_rpl_06,
    "HP-PACK-01": f.hp_pack_01,
    "HP-REV-01": f.hp_rev_01,
}

RULE_IDS: tuple[str, ...] = tuple(RULES)
