// The words teachers write for the codes of material_type, event_type and group_type: the labels
// the site shows for them («Сабақ жоспары», «Поурочный план», «Вебинар») and the other names
// schools use («конспект урока», «қысқа мерзімді жоспар», «наставничество»). The fields take the
// code — it is the address of the type's page (/material_type/lesson-plan/), the key of the
// monitoring's counts and of the theme's label in every language — so a word is not taken for
// its code: the message about it names the code to write (model/field_checks.h).
#pragma once

#include <string>
#include <string_view>

namespace urker {

// The code of field `key` ("material_type", "event_type", "group_type") that `written` names,
// ignoring case, spacing, «ё», Kazakh letters typed on a Russian keyboard and a typo; "" for none.
std::string type_code_for(std::string_view key, std::string_view written);

// The label of a code in `lang` ("ru", "kk", "en") as the default theme shows it; "" for none.
std::string type_label(std::string_view key, std::string_view code, std::string_view lang);

}  // namespace urker
