#include "model/id_list.h"

namespace urker {

std::vector<std::string> as_list(const urker::Json& value) {
    std::vector<std::string> out;
    if (value.is_string()) out.push_back(value.get<std::string>());
    else if (value.is_array())
        for (const auto& x : value)
            if (x.is_string()) out.push_back(x.get<std::string>());
    return out;
}

}  // namespace urker
